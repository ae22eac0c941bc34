-- The search's kind, district and state filters become lexemes of each document's vector (array_to_tsvector: written as
-- they are), so the GIN index intersects them with the words; documents indexed before get theirs here.
UPDATE "search_documents" SET "search" = "search" || array_to_tsvector(array_remove(array['k:' || "kind", 'd:' || "district_id", 's:' || "status"], null));
