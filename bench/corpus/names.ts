// Plausible Chinese personal names for the synthetic corpus: common surnames weighted by how
// common they are, and given-name characters frequent in names. No real person is meant.
import type { Rng } from './prng.ts';

/** The most frequent surnames, most frequent first; earlier ones are drawn more often. */
const SURNAMES = [...
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'];

const GIVEN = [...new Set([...
  '建国华明伟军平志红文辉强林峰刚杰涛斌波海鹏飞宇新春东晓丽静敏燕玲芳霞英慧颖婷萍洪光永利荣庆祥德福生龙云山松清和勇毅进超磊兵亮浩俊瑞凯博武学成振兴立中正安良忠民卫江河宏伦彬晨阳旭昊铭哲琳蕾倩雪梅兰秀玉珍娟艳'])];

/** Zipf-like: index i is drawn with weight 1/(i+8), so 王 and 李 are common but not everything. */
const SURNAME_CDF = (() => {
  const weights = SURNAMES.map((_, i) => 1 / (i + 8));
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  return weights.map((w) => (acc += w / total));
})();

function surname(rng: Rng): string {
  const x = rng.next();
  const i = SURNAME_CDF.findIndex((c) => x < c);
  return SURNAMES[i < 0 ? SURNAMES.length - 1 : i] as string;
}

/** Two or three characters; seven in ten given names have two characters, as among officials. */
export function personName(rng: Rng): string {
  const given = rng.chance(0.7) ? rng.pick(GIVEN) + rng.pick(GIVEN) : rng.pick(GIVEN);
  return surname(rng) + given;
}

const FIRM_WORDS = [...'华恒中远鼎盛泰安信达宏联通瑞丰源祥和润'];
const FIRM_KINDS = ['集团有限公司', '科技股份有限公司', '实业集团', '控股集团', '新能源有限公司'];

/** An invented company name (two syllables + a kind). */
export function companyName(rng: Rng): string {
  return rng.pick(FIRM_WORDS) + rng.pick(FIRM_WORDS) + rng.pick(FIRM_KINDS);
}
