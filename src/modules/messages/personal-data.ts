import { eq, or, sql } from 'drizzle-orm';
import { deleteRows, exportTables, type PersonalDataPart } from '../../core/module/personal-data.js';
import { conversationMessages, conversationParticipants, messageBlocks, messageSettings } from './db/schema.js';

/**
 * A person's messages: their own messages, conversations they are in, their settings and blocks are in their export
 * (never others' messages). On deletion they leave every conversation; their messages are removed or, kept for the
 * others' threads, lose their author; settings and blocks (theirs and of them) go.
 */
export const messagesPersonalData: PersonalDataPart = {
  async export(db, userId) {
    const out = await exportTables(db, userId, {
      conversation_messages: [conversationMessages, conversationMessages.authorId],
      conversation_participants: [conversationParticipants, conversationParticipants.userId],
      message_settings: [messageSettings, messageSettings.userId],
      message_blocks: [messageBlocks, messageBlocks.blockerId],
    });
    const photos = (out.tables.conversation_messages as { photoFileIds: string[] }[]).flatMap((m) => m.photoFileIds);
    return { ...out, fileIds: photos };
  },
  async erase(tx, userId, { content }) {
    if (content === 'remove') await deleteRows(tx, conversationMessages, conversationMessages.authorId, userId);
    else await tx.update(conversationMessages).set({ authorId: null }).where(eq(conversationMessages.authorId, userId));
    await deleteRows(tx, conversationParticipants, conversationParticipants.userId, userId);
    await deleteRows(tx, messageSettings, messageSettings.userId, userId);
    await tx.delete(messageBlocks).where(or(eq(messageBlocks.blockerId, userId), eq(messageBlocks.blockedId, userId)));
    // a direct conversation nobody is in any more has no reader
    await tx.execute(sql`delete from conversations c where not exists (select 1 from conversation_participants p where p.conversation_id = c.id)`);
  },
};
