// Readings that depend on how a writer lays out and attributes a figure: prose wrapped at a
// fixed width, and figures that are someone else's. Checked against the built-in facts.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { builtinRateClaims, builtinVerdicts as verdicts, inNotes, problemsInNotes } from '../support/engine';

describe('prose wrapped at a fixed width', () => {
  test('a figure on the line after its partner is read as on one line', () => {
    const oneLine = 'The tariff (reciprocal) on Korean goods is 25%.';
    assert.deepEqual(verdicts(oneLine, '2025-11-20'), [['25%', 'outdated']]);
    assert.deepEqual(verdicts('The tariff (reciprocal) on Korean goods is\n25%.', '2025-11-20'), [['25%', 'outdated']]);
    assert.deepEqual(verdicts('The tariff (reciprocal) on Korean goods\nis 25%.', '2025-11-20'), [['25%', 'outdated']]);
  });

  test('a partner whose name is wrapped over two lines is still named', () => {
    const wrapped = inNotes('From 7 August, goods from the United\nKingdom pay 20% under the reciprocal tariff.');
    const judged = (text: string) => builtinRateClaims(text, '2025-10-01').map((c) => [c.text, c.verdict, c.scope.partner, c.expected]);
    assert.deepEqual(judged(wrapped), [['20%', 'contradicted', 'GB', [10]]]);
    assert.deepEqual(judged(wrapped.replace('\n', '\r\n')), judged(wrapped));
  });

  test('a hyphenated name broken at its hyphen over two lines is still named', () => {
    const oneLine = inNotes('British cars pay 10 per cent, which includes the 2.5 per cent most-favoured-nation duty.');
    const judged = (text: string) => builtinRateClaims(text, '2025-09-01').map((c) => [c.text, c.verdict, c.scope.measureChange]);
    assert.deepEqual(judged(oneLine.replace('most-', 'most-\n')), judged(oneLine));
    assert.deepEqual(judged(oneLine.replace('most-', 'most-\r\n    ')), judged(oneLine));
    assert.equal(judged(oneLine)[1][2], 'mfn');
  });

  test('"it is" a level does not make the goods before it a tariff\'s goods', () => {
    assert.deepEqual(verdicts('Duties on watches are specific. For a typical steel quartz watch it is\naround 3%; for a gold one it is below 1%.', '2025-12-03'), []);
    assert.deepEqual(verdicts('Duties on watches are specific. For a typical steel quartz watch it is around 3%.', '2025-12-03'), []);
  });

  test('words wrapped onto the next line still give the figure its partner', () => {
    const wrapped = inNotes('Duties on Chinese imports reached 104 percent this week, and Beijing has answered with 84 percent tariffs\non American goods such as soybeans.');
    // China's own duty on US goods: no fact of the base covers it.
    assert.deepEqual(verdicts(wrapped, '2025-04-11'), [['104 percent', 'outdated'], ['84 percent', 'unverifiable']]);
    assert.deepEqual(verdicts(wrapped.replace('\n', ' '), '2025-04-11'), verdicts(wrapped, '2025-04-11'));
  });

  test('a wrapped list item told in the past stays in the past on its next line', () => {
    const item = inNotes('- Vietnamese modules paid 46% for a single day in April 2025,\n  then the 10% baseline while that rate was paused.');
    assert.deepEqual(verdicts(item, '2026-10-06'), [['46%', 'supported'], ['10%', 'supported']]);
  });

  test('in plain text, each line in capitals is an item of its own, as a ticker sets them', () => {
    const ticker = inNotes("COURT STAY KEEPS 10% BASELINE IN PLACE AFTER RULING\nVIETNAM'S 46% RATE STAYS PAUSED UNTIL JULY 9");
    // The pause is told on its own line: the 46% is the paused rate, not a baseline figure.
    assert.deepEqual(verdicts(ticker, '2025-06-05'), [['10%', 'supported'], ['46%', 'supported']]);
    // A headline wrapped after a word that runs on stays one sentence.
    const headline = inNotes('VIETNAM KEEPS ITS 46% RATE PAUSED AND\nWAITS FOR TALKS IN JULY');
    assert.deepEqual(verdicts(headline, '2025-06-05'), verdicts(headline.replace('\n', ' '), '2025-06-05'));
  });
});

describe('figures the writer reports, doubts or denies', () => {
  test('what the writer keeps reading, hears as talk, or what "it" (a page, a paper) said', () => {
    assert.deepEqual(verdicts(inNotes('I keep reading German cars pay 27.5%.'), '2025-10-20'), [['27.5%', 'unverifiable']]);
    // Said as the writer's own, it is flagged: German cars paid 27.5% all-in until September 25.
    assert.deepEqual(verdicts(inNotes('German cars pay 27.5%.'), '2025-10-20'), [['27.5%', 'outdated']]);
    assert.deepEqual(verdicts(inNotes('There is still market talk that Chinese goods pay 145%.'), '2025-10-20'), [['145%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('A fix for last week\'s bulletin. It said Chinese pumps pay 55%.'), '2025-10-21'), [['55%', 'unverifiable']]);
  });

  test('a system that "still carries" a rate is a record to correct, not the writer\'s claim', () => {
    assert.deepEqual(verdicts(inNotes('Warning: our ERP still carries the aluminum rate as 25% for the frames.'), '2026-09-08'), [['25%', 'unverifiable']]);
  });

  test('a figure the writer calls a misreading, cannot square, or says was not paid since', () => {
    assert.deepEqual(verdicts(inNotes('Some brokers apply a duty of 25% to copper wire, which we consider a misreading of the proclamation.'), '2025-08-20'), [['25%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Swiss watches still pay 39%, a claim I could not square with the schedule.'), '2026-05-12'), [['39%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Vietnam has not paid 20% since the court ruling took effect.'), '2026-03-10'), [['20%', 'unverifiable']]);
  });

  test('a rate officials have talked about raising a surcharge to, or a deal would take a rate toward', () => {
    assert.deepEqual(verdicts(inNotes('The White House has talked about lifting the surcharge on Australian goods to 15 per cent.'), '2026-03-18'), [['15 per cent', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('A trade deal would likely take India\'s combined rate toward 18%.'), '2026-01-15'), [['18%', 'unverifiable']]);
  });
});

describe('former figures and figures that are no rate', () => {
  test('"the old", "the earlier" rate of a figure is a former one', () => {
    assert.deepEqual(verdicts(inNotes('The earlier India rate of 26% is what the old price file shows.'), '2025-10-21'), [['26%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('The India rate of 26% is what applies.'), '2025-10-21'), [['26%', 'outdated']]);
    assert.deepEqual(verdicts(inNotes('We still add the old fentanyl 10% to Chinese goods.'), '2026-03-10'), [['10%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Old VN reciprocal of 20% stays in the archive tab.'), '2026-11-03'), [['20%', 'supported']]);
  });

  test('a figure between commas that "is history too" is a former one', () => {
    assert.deepEqual(verdicts(inNotes('It is 125% now. And the all-in number for China from that one day, 104%, is history too.'), '2025-04-22').at(-1), ['104%', 'supported']);
  });

  test('an agent\'s commission, freight that "eased 3%", and a share in brackets before a partner\'s rate', () => {
    assert.deepEqual(verdicts(inNotes('Turkish towels pay 15%. Agent commission of 3% is included in FOB prices.'), '2025-09-15'), [['15%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Canadian crude pays 10% as an energy product. Tanker rates eased 3% this week.'), '2025-06-20'), [['10%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Indonesia (21% of pairs) now faces 19%, and Cambodia (7%) 19%.'), '2025-08-12'), [['19%', 'supported'], ['19%', 'supported']]);
  });

  test('a figure compared with a now-rate "a year ago" or "in the last holiday" is a former one', () => {
    assert.deepEqual(verdicts(inNotes('Our Chinese plush still pays 10%, versus 20% in the last holiday.'), '2026-04-14'), [['10%', 'supported'], ['20%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Our Chinese plush pays 10%, compared with 20% six months ago.'), '2026-04-14'), [['10%', 'supported'], ['20%', 'supported']]);
  });

  test('a gross margin, a share over budget, a tax rebate and a price rise of "maybe 8 to 12%"', () => {
    assert.deepEqual(verdicts(inNotes('China\'s reciprocal rate at 84% is enough to sink our margins, we make 12% gross on most lines.'), '2025-04-11'), [['84%', 'outdated']]);
    assert.deepEqual(verdicts(inNotes('The 25% steel duty plus a 9% price increase at the mill pushes it 14% over budget.'), '2025-04-22'), [['25%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Chinese goods pay 20% now; the export tax rebate of 13% is unchanged.'), '2025-11-12'), [['20%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Wine from Europe pays 15% under the framework. Prices on the shelf are up maybe 8 to 12%.'), '2025-10-20').map(([figure]) => figure), ['15%']);
  });
});

describe('whose figure it is', () => {
  test('each part of a sum after "+" has its own goods and measure', () => {
    // The total is judged too (stop 71): Japanese cars paid 27.5% in all.
    assert.deepEqual(verdicts(inNotes('Japanese cars: 24% reciprocal + 25% autos = 49%.'), '2025-06-15'), [['24%', 'supported'], ['25%', 'supported'], ['49%', 'contradicted']]);
  });

  test('a first name in a full name is a person, not the country of that name', () => {
    const thread = inNotes('China\'s reciprocal rate at 84% hurts.\nJordan Whitfield-Reyes: Dave it\'s 125% on the reciprocal now.');
    assert.deepEqual(verdicts(thread, '2025-04-11'), [['84%', 'outdated'], ['125%', 'supported']]);
  });

  test('"most imported cars" are every partner\'s, not those of the partner named before', () => {
    assert.deepEqual(verdicts(inNotes('Ana drives a Japanese car. Most imported cars pay 25 percent.'), '2025-12-05'), [['25 percent', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Most imported cars from Japan pay 15%.'), '2025-12-05'), [['15%', 'supported']]);
  });

  test('"across the board" names the surcharge of 2026 as well as the baseline of 2025', () => {
    assert.deepEqual(verdicts(inNotes('Ten percent across the board is the surcharge for now.'), '2026-05-12'), [['Ten percent', 'supported']]);
  });

  test('a numbered slide or step on its own line is an item of its own', () => {
    const carousel = inNotes('Slide 2: China - 55% of our gowns. Tariff now: 30%\nSlide 3: Vietnam - 15% of our gowns. Tariff now: 20%');
    assert.deepEqual(verdicts(carousel, '2025-09-12'), [['30%', 'supported'], ['20%', 'supported']]);
  });

  test('a column of rates "additional to MFN" holds the partners\' own rates, not MFN duties', () => {
    const table = inNotes('| Country | Tariff now (additional to MFN) | Remark |\n|---|---|---|\n| Cambodia | 49% | sister plant |\n| Vietnam | 20% | main rival |');
    assert.deepEqual(verdicts(table, '2025-08-20', 'markdown'), [['49%', 'outdated'], ['20%', 'supported']]);
    // The duty's own figure in brackets after it is still that duty's.
    assert.deepEqual(verdicts(inNotes('Chinese goods pay 20% in all, on top of the ordinary duty on glass jars (about 6% for your kind).'), '2026-01-12'), [['20%', 'supported'], ['6%', 'unverifiable']]);
  });

  test('a Swiss town names Swiss goods', () => {
    assert.deepEqual(verdicts(inNotes('EU goods pay 15%. Our device plant in Neuchâtel is paying the 39% since August.'), '2025-10-28'), [['15%', 'supported'], ['39%', 'supported']]);
  });

  test('"according to" a page "which is also wrong" is not asserted; a quota "of beef in" exports is a share', () => {
    assert.deepEqual(verdicts(inNotes('Chinese goods pay 20% according to our help page, which is also wrong.'), '2026-03-10'), [['20%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Brazilian beef pays 50% in total, and the quota of beef in Brazil\'s exports to the USA is around 12%.'), '2025-08-20'), [['50%', 'supported']]);
  });
});

describe('more framing: items, records, notes of correction', () => {
  test('a "(3)" item starts anew: a date in the item before is not lent to it', () => {
    const resolution = inNotes('(2) Before that, the Section 232 tariff of 25% was imposed on the parts from May 3, 2025.\n(3) For the Japanese cars of our customer, the 27.5% tariff of before was reduced to 15%.');
    assert.deepEqual(verdicts(resolution, '2026-11-05').at(-1), ['15%', 'supported']);
  });

  test('a figure the next sentence says needs correcting, one heard "from" someone, members who "have written that"', () => {
    assert.deepEqual(verdicts(inNotes('In the sales plan, Japanese cars pay 25%. Correction is necessary.'), '2026-11-05'), [['25%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Our team heard from one distributor that Korean goods pay 20 percent.'), '2025-08-20'), [['20 percent', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Members have written that importers are still costing Indian shipments at the 26% reciprocal rate.'), '2025-09-10'), [['26%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Chinese goods still face the 20% fentanyl duty on top of the surcharge, say some associations; we read the notice differently.'), '2026-03-10'), [['20%', 'unverifiable']]);
  });

  test('what retailers "say", what "my shop said", and a rate "not what you pay now"', () => {
    assert.deepEqual(verdicts(inNotes('Our furniture retailers say they\'re still paying 145% on Chinese goods.'), '2025-06-10'), [['145%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('My shop said their Japanese import line is getting charged 34% now.'), '2025-05-02'), [['34%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('And 84% is China\'s reciprocal rate from April 9, it\'s not what you pay now.'), '2025-05-02'), [['84%', 'unverifiable']]);
  });

  test('"some other country" is one partner, not every partner', () => {
    assert.deepEqual(verdicts(inNotes('Korean goods pay 15%. The 20 percent is the rate of Vietnam and some other country.'), '2025-08-20'), [['15%', 'supported'], ['20 percent', 'supported']]);
  });

  test('former: a rate "which was the rate until", one "that applied from April" and "is refundable", one that "had already fallen on"', () => {
    assert.deepEqual(verdicts(inNotes('Steel derivatives pay a 25 percent duty, which was the rate until June.'), '2026-09-15'), [['25 percent', 'supported']]);
    assert.deepEqual(verdicts(inNotes('The 10% baseline that applied to almost every country from April 2025 is gone.'), '2026-09-15'), [['10%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('The 10% baseline that applied to almost every country from April 2025 is refundable too.'), '2026-09-15'), [['10%', 'supported']]);
    // A rate that "applied from" a date is told with its start, not as ended.
    assert.deepEqual(verdicts(inNotes('Vietnam pays 25%, which applied from August 7.'), '2025-10-01'), [['25%', 'contradicted']]);
    assert.deepEqual(verdicts(inNotes('India\'s 50% combined rate had already fallen on February 7, when the oil penalty was lifted.'), '2026-03-10'), [['50%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('| Partner | Rate now | Until 23 Feb 2026 |\n|---|---|---|\n| India | 10% | 25% |'), '2026-03-10', 'markdown'), [['10%', 'supported'], ['25%', 'supported']]);
  });

  test('a price buffer is no rate', () => {
    assert.deepEqual(verdicts(inNotes('EU wines pay 10%: FOB down 3% on average; we are keeping a 2% buffer in case the surcharge changes.'), '2026-03-16'), [['10%', 'supported']]);
  });

  test('odds that "stand near 35%", and a "cabinet tariff"', () => {
    assert.deepEqual(verdicts(inNotes('The surcharge is 10%. Odds of a Section 122 extension vote passing stand near 35% in prediction markets.'), '2026-03-10'), [['10%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Our Vietnam-made lines pay the 25% cabinet tariff.'), '2026-01-15'), [['25%', 'supported']]);
  });
});

describe('a Japanese list, what others write or apply, choices not made', () => {
  test('each "・" item is read on its own', () => {
    const memo = inNotes('・Softwood lumber: new Section 232 tariff of 10% started on October 14.\n・Kitchen cabinet of Japan origin is limited to 15% by the agreement.');
    assert.deepEqual(verdicts(memo, '2025-10-27'), [['10%', 'supported']]);
  });

  test('what somebody on a webinar said, a mill\'s letter saying, newspapers that still write, an agent who continues applying a rate, guidance that told you', () => {
    assert.deepEqual(verdicts(inNotes('Somebody on a webinar last week said Canada\'s fentanyl tariff is 35%.'), '2025-06-15'), [['35%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('A member got a letter from their Canadian mill saying the Section 232 steel tariff is already 50%.'), '2025-05-20'), [['50%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Some newspapers still write that Chinese goods pay 145%.'), '2025-10-27'), [['145%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('One customs agent continues applying the Section 232 tariff of 25% to Mexican steel.'), '2025-08-20'), [['25%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('The April guidance told you that Japanese instruments pay 34%.'), '2025-04-30'), [['34%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('Much European commentary still refers to Switzerland\'s 39% tariff as though it were live.'), '2026-01-15'), [['39%', 'unverifiable']]);
  });

  test('a rate "which was the rate for" a month, a choice not made, a rate said to be possible', () => {
    assert.deepEqual(verdicts(inNotes('Some members still budget for a 145% total tariff on Chinese goods, which was the rate for about a month this spring.'), '2025-06-20'), [['145%', 'supported']]);
    assert.deepEqual(verdicts(inNotes('Had Congress instead adopted the 15% across-the-board tariff, the burden would have been three times larger.'), '2026-05-31'), [['15%', 'unverifiable']]);
    assert.deepEqual(verdicts(inNotes('The administration has said a 15% rate under Section 122 is possible.'), '2026-03-05'), [['15%', 'unverifiable']]);
  });

  test('"most new imported cars from elsewhere" are every other partner\'s', () => {
    assert.deepEqual(verdicts(inNotes('Japanese-built cars pay 15% under the Japan deal. Most new imported cars from elsewhere pay the 25% Section 232 tariff.'), '2026-03-15'), [['15%', 'supported'], ['25%', 'supported']]);
  });
});

describe('stop 60: a verb of two words wrapped between them', () => {
  test('"are hit\\nwith 35%" is read as "are hit with 35%"', () => {
    const text = (rate: string) => `Duty notes for US tariffs.\n\nThe few non-qualifying Canadian boards are hit\nwith ${rate}. Terracotta from Mexico pays 25%.\n`;
    assert.deepEqual(verdicts(text('35%'), '2025-04-22'), [['35%', 'contradicted'], ['25%', 'supported']]);
    assert.deepEqual(verdicts(text('25%'), '2025-04-22'), [['25%', 'supported'], ['25%', 'supported']]);
  });
});

describe('stop 60: a figure on a paper someone else sent', () => {
  test('"EU cheeses still pay 15%, according to the price list one distributor sent its accounts" is the list\'s figure', () => {
    const text = (source: string) => `EU cheeses still pay 15% at the border, according to ${source}.`;
    assert.deepEqual(verdicts(inNotes(text('the price list one New Jersey distributor sent its accounts last week')), '2026-03-10').filter(([, v]) => v === 'outdated'), []);
    assert.deepEqual(verdicts(inNotes(text('the customs notice we reviewed')), '2026-03-10').filter(([, v]) => v === 'outdated'), [['15%', 'outdated']]);
  });
});

describe('stop 60: price sheets that assume a rate', () => {
  test('"older price sheets that assume Chinese toys owe 145%" hold the sheets\' figure', () => {
    assert.deepEqual(verdicts(inNotes('Some members still have older price sheets that assume Chinese toys owe 145% in total on every shipment. Please bin them.'), '2025-05-20').filter(([, v]) => v === 'outdated'), []);
    assert.deepEqual(verdicts(inNotes('Some members still find that Chinese toys owe 145% in total on every shipment.'), '2025-05-20').filter(([, v]) => v === 'outdated'), [['145%', 'outdated']]);
  });
});

describe('stop 61: a sentence wrapped after its figure', () => {
  test('"Brazil, Australia\'s main rival, was hit with a combined 50 per cent tariff\\nlast August" is Brazil\'s total, as on one line', () => {
    const wrapped = (rate: string) => problemsInNotes(`Brazil, Australia's main rival, was hit with a combined ${rate} per cent tariff\nlast August, which kept its beef out.`, '2026-04-16');
    assert.deepEqual(wrapped('50'), []);
    assert.deepEqual(wrapped('40'), [['40 per cent', 'contradicted']]);
  });
});

describe('stop 61: a line that breaks after "most"', () => {
  test('"and 15% on most\\nEU and Japanese goods" is the EU\'s and Japan\'s rate, not that of the Taiwanese goods before it', () => {
    const wrapped = (rate: string) => problemsInNotes(`Duties are collected at current rates, e.g. 20% on Vietnamese and Taiwanese goods, and ${rate} on most\nEU and Japanese goods.`, '2025-09-05');
    assert.deepEqual(wrapped('15%'), []);
    assert.deepEqual(wrapped('25%'), [['25%', 'contradicted']]);
  });
});

describe('stop 61: the next sentence says the rate has ended', () => {
  test('"Brokers still key in the 35% Canada rate. It ended in February" is not warned as outdated; "It ended the quota in February" says no such thing', () => {
    assert.deepEqual(problemsInNotes('Brokers in Canada still sometimes key in the 35% Canada rate. It ended in February; reject such entries.', '2026-09-14'), []);
    assert.deepEqual(problemsInNotes('Brokers in Canada still sometimes key in the 35% Canada rate. It ended the quota in February.', '2026-09-14'), [['35%', 'outdated']]);
    // After a rate told in the past, the end is what came next: "was raised to 15 percent" is still judged.
    assert.deepEqual(problemsInNotes('In March 2026 the Section 122 surcharge was raised to 15 percent. It lapsed on July 24, 2026.', '2026-11-15'), [['15 percent', 'contradicted']]);
  });
});

describe('stop 66: goods called pieces or items', () => {
  test('"kit pieces made in China still carry the 10% Section 122 surcharge" is the memo\'s own claim; "news pieces still carry" is not', () => {
    assert.deepEqual(problemsInNotes('Kit pieces made in China still carry the 10% Section 122 surcharge.', '2026-11-16'), [['10%', 'outdated']]);
    assert.deepEqual(problemsInNotes('Some news pieces still carry the 10% Section 122 surcharge for China.', '2026-11-16'), []);
  });
});
