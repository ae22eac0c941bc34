import { eq } from 'drizzle-orm';
import { demoPicture } from '../../../core/files/demo-picture.js';
import { sharedUploadPurpose, storeImage } from '../../../core/files/files.js';
import type { ModuleContext, Progress } from '../../../core/module/module.js';
import { cleanLine, cleanText } from '../../../core/text/text.js';
import { localDay } from '../../../core/time/calendar.js';
import { demoOrganisation } from '../../groups/index.js';
import { offerDonationReward } from '../../points/index.js';
import { causeReports, causes } from '../db/schema.js';
import { causeProblem } from '../domain/charity.js';
import { causeType } from './causes.js';

const day = 86_400_000;
/** Who drafted the demo causes: nobody in particular (the demo seed, not an administrator's act). */
const seedAuthor = '00000000-0000-0000-0000-000000000000';

// Invented numbers whose checksums hold (the real-looking form residents will meet), never a real organisation's:
// the page and the titles say «Демо» — do not transfer money to them.
const demoCauses = [
  {
    title: 'Демо: тёплые вещи для приюта «Дом на Лиговском»',
    organisation: 'Демо-фонд «Тёплый дом» (вымышленная организация)',
    inn: '7801000005',
    ogrn: '1027800000007',
    goal: 'Демонстрационный сбор: собрать на зиму тёплые куртки, обувь и одеяла для 40 постояльцев приюта.',
    spending: '40 зимних курток, 40 пар обуви, 60 одеял; закупка у производителя по оптовой цене, отчёт с чеками.',
    targetRubles: 480_000,
    districtId: 'tsentralny',
    method: 'bank' as const,
    paymentUrl: null,
    recipient: 'Демо-фонд «Тёплый дом»',
    bankName: 'ДЕМО-БАНК (не существует)',
    bik: '044030999',
    account: '40703810900000000001',
    correspondentAccount: '30101810400000000999',
    image: { label: 'Тёплые вещи для приюта', colour: '#c79a7a', alt: 'Демонстрационное изображение: тёплые вещи для приюта' },
    reportPhoto: { label: 'Первые 15 курток', colour: '#8fa9c7' },
    reports: [{ daysAgo: 20, collected: 126_500, text: 'Демо-отчёт: закуплены первые 15 курток, фото накладных приложены в отчёте фонда.' }],
    reward: { cost: 50, title: 'Пожертвование 50 баллов: тёплые вещи для приюта (демо)' },
  },
  {
    title: 'Демо: книги и настольные игры для детской библиотеки на Васильевском',
    organisation: 'Демо-АНО «Читающий остров» (вымышленная организация)',
    inn: '7801000012',
    ogrn: '1027800000018',
    goal: 'Демонстрационный сбор: обновить детский зал библиотеки — новые книги и настольные игры для занятий по выходным.',
    spending: '300 детских книг по списку библиотекарей и 25 настольных игр.',
    targetRubles: 150_000,
    districtId: 'vasileostrovsky',
    method: 'link' as const,
    paymentUrl: 'https://demo-pay.example.org/chitayushchiy-ostrov',
    recipient: null,
    bankName: null,
    bik: null,
    account: null,
    correspondentAccount: null,
    image: { label: 'Книги для детского зала', colour: '#9cc3a4', alt: 'Демонстрационное изображение: книги для детской библиотеки' },
    reportPhoto: { label: '120 книг на полках', colour: '#c7b38f' },
    reports: [
      { daysAgo: 30, collected: 40_000, text: 'Демо-отчёт: библиотекари составили список книг, первые 40 000 ₽ собраны.' },
      { daysAgo: 5, collected: 92_300, text: 'Демо-отчёт: куплены 120 книг, они уже на полках детского зала.' },
    ],
    reward: { cost: 30, title: 'Пожертвование 30 баллов: книги для детской библиотеки (демо)' },
  },
  {
    title: 'Демо: липы для сквера у Театральной площади',
    organisation: 'Зелёный Адмиралтейский (образец НКО, вымышленная организация)',
    // its reports come from the demo NGO's community (the groups demo): its owner and admins post them
    byDemoOrganisation: true,
    inn: '7801000238',
    ogrn: '1027800000238',
    goal: 'Демонстрационный сбор: купить 30 саженцев лип для сквера у Театральной площади и уход за ними в первый год.',
    spending: '30 саженцев лип с комом земли, мульча, подвязка и полив в первый год.',
    targetRubles: 210_000,
    districtId: 'admiralteysky',
    method: 'link' as const,
    paymentUrl: 'https://demo-pay.example.org/zelenyy-admiralteyskiy',
    recipient: null,
    bankName: null,
    bik: null,
    account: null,
    correspondentAccount: null,
    image: { label: 'Липы для сквера', colour: '#8fc79a', alt: 'Демонстрационное изображение: саженцы лип для сквера' },
    reportPhoto: { label: 'Первые 10 саженцев', colour: '#a4c38f' },
    reports: [{ daysAgo: 7, collected: 64_000, text: 'Демо-отчёт: куплены первые 10 саженцев, их посадят на субботнике сообщества в сквере.' }],
    reward: { cost: 30, title: 'Пожертвование 30 баллов: липы для сквера (демо)' },
  },
];

/**
 * Three demo causes, clearly labelled «Демо» (invented organisations with checksum-valid numbers; one gives by bank
 * details, two by a payment page; one reported on by the groups demo's NGO), approved, each with a demo picture, dated reports (the last with a demo photo) and a
 * "donation to the cause" reward in the points catalogue. Idempotent: a cause whose title exists is left as it is.
 */
export async function seedDemoCharity(ctx: ModuleContext, progress: Progress): Promise<void> {
  const db = ctx.database.db;
  const now = Date.now();
  let added = 0;
  for (const c of demoCauses) {
    const title = cleanLine(c.title);
    let [row] = await db.select().from(causes).where(eq(causes.title, title));
    if (!row) {
      const bank =
        c.method === 'bank'
          ? { recipient: c.recipient!, bankName: c.bankName!, bik: c.bik!, account: c.account!, correspondentAccount: c.correspondentAccount! }
          : null;
      const problem = causeProblem({
        inn: c.inn,
        ogrn: c.ogrn,
        method: c.method,
        paymentUrl: c.paymentUrl,
        bank,
        targetRubles: c.targetRubles,
        collectedRubles: 0,
      });
      if (problem) throw new Error(`demo cause ${c.title}: ${problem.code}`);
      const last = c.reports[c.reports.length - 1]!;
      const group = 'byDemoOrganisation' in c ? await demoOrganisation(db) : null;
      [row] = await db.transaction(async (tx) => {
        const picture = async (label: string, colour: string) =>
          (await storeImage(tx, { purpose: sharedUploadPurpose, uploadedBy: null, image: await demoPicture(label, colour) })).id;
        const imageFileId = await picture(c.image.label, c.image.colour);
        const reportPhotoId = await picture(c.reportPhoto.label, c.reportPhoto.colour);
        const inserted = await tx
          .insert(causes)
          .values({
            state: 'approved',
            title,
            organisation: cleanLine(c.organisation),
            groupId: group?.id ?? null,
            inn: c.inn,
            ogrn: c.ogrn,
            goal: cleanText(c.goal),
            spending: cleanText(c.spending),
            targetRubles: c.targetRubles,
            collectedRubles: last.collected,
            collectedOn: localDay(new Date(now - last.daysAgo * day), ctx.config.cityTimezone),
            districtId: c.districtId,
            method: c.method,
            paymentUrl: c.paymentUrl,
            recipient: c.recipient,
            bankName: c.bankName,
            bik: c.bik,
            account: c.account,
            correspondentAccount: c.correspondentAccount,
            imageFileId,
            imageAlt: c.image.alt,
            createdBy: seedAuthor,
            approvedAt: new Date(now - 40 * day),
          })
          .returning();
        await tx.insert(causeReports).values(
          c.reports.map((r) => ({
            causeId: inserted[0]!.id,
            reportedOn: localDay(new Date(now - r.daysAgo * day), ctx.config.cityTimezone),
            text: cleanText(r.text),
            collectedRubles: r.collected,
            photoFileIds: r === last ? [reportPhotoId] : [],
            createdBy: seedAuthor,
          })),
        );
        return inserted;
      });
      added++;
    }
    await offerDonationReward(ctx, {
      targetType: causeType,
      targetId: row!.id,
      title: c.reward.title,
      description: `Баллы идут в демо-сбор «${title}». Деньги Город не принимает: баллы — знак вашей поддержки, а пожертвовать деньгами можно только способом, указанным на странице сбора.`,
      cost: c.reward.cost,
      stock: 100_000,
    });
  }
  progress(`Charity: ${added} demo causes with reports and donation rewards`);
}
