// Organization vocabulary: the suffixes that end a body's name (委员会, 局, 公司, 大学, …) with the
// kind each implies, the names and abbreviations written without such a suffix (新华社, 国务院,
// 欧盟), and the words that make a mention generic (各级各部门, 市直有关部门). Lists only; the
// grammar is in recognize/organizations.ts.
import type { OrganizationKind } from '../../vocab/roles.ts';

/**
 * Name endings, longest first within a family, with the kind they give. A name is matched on its
 * longest listed ending, so 人民法院 (court) wins over 院 (other) and 党委 (party) over 委.
 */
export const ORG_SUFFIXES: ReadonlyMap<string, OrganizationKind> = new Map<string, OrganizationKind>([
  // party
  ['党委', 'party'], ['党组', 'party'], ['党工委', 'party'], ['纪委', 'party'], ['纪委监委', 'party'], ['党支部', 'party'],
  ['总支', 'party'], ['支部', 'party'], ['组织部', 'party'], ['宣传部', 'party'], ['统战部', 'party'], ['政法委', 'party'],
  ['党校', 'school'], ['委员会', 'government'], ['常委会', 'party'], ['市委', 'party'], ['县委', 'party'], ['区委', 'party'],
  ['省委', 'party'], ['镇委', 'party'], ['乡委', 'party'], ['州委', 'party'], ['团委', 'association'], ['党', 'party'],
  ['中央', 'party'],
  // government
  ['人民政府', 'government'], ['政府', 'government'], ['办公厅', 'government'], ['办公室', 'government'], ['管委会', 'government'],
  ['指挥部', 'government'], ['领导小组', 'government'], ['工作组', 'government'], ['局', 'government'], ['厅', 'government'],
  ['办', 'government'], ['署', 'government'], ['部', 'government'], ['委', 'government'], ['司', 'government'], ['大使馆', 'government'], ['领事馆', 'government'], ['总领事馆', 'government'],
  ['使馆', 'government'], ['军区', 'government'], ['部队', 'government'], ['舰队', 'government'], ['海关', 'government'],
  ['公安局', 'government'], ['派出所', 'government'], ['监狱', 'government'], ['议会', 'government'], ['内阁', 'government'],
  // congress
  ['人大常委会', 'congress'], ['人大', 'congress'], ['政协', 'congress'], ['代表大会', 'congress'],
  // court
  ['人民法院', 'court'], ['法院', 'court'], ['人民检察院', 'court'], ['检察院', 'court'], ['法庭', 'court'], ['仲裁委员会', 'court'],
  // company
  ['有限责任公司', 'company'], ['股份有限公司', 'company'], ['有限公司', 'company'], ['总公司', 'company'], ['分公司', 'company'],
  ['公司', 'company'], ['集团', 'company'], ['银行', 'company'], ['信用社', 'company'], ['厂', 'company'], ['总厂', 'company'],
  ['企业', 'company'], ['酒店', 'company'], ['饭店', 'company'], ['宾馆', 'company'], ['商场', 'company'], ['超市', 'company'],
  ['合作社', 'company'], ['矿', 'company'], ['航空', 'company'], ['证券交易所', 'company'], ['交易所', 'company'],
  // associations
  ['协会', 'association'], ['学会', 'association'], ['研究会', 'association'], ['联合会', 'association'], ['总会', 'association'],
  ['商会', 'association'], ['基金会', 'association'], ['工会', 'association'], ['总工会', 'association'], ['妇联', 'association'],
  ['科协', 'association'], ['文联', 'association'], ['作协', 'association'], ['社科联', 'association'], ['红十字会', 'association'],
  ['联盟', 'association'], ['组织', 'association'], ['俱乐部', 'association'], ['友协', 'association'], ['侨联', 'association'],
  ['共青团', 'association'], ['联谊会', 'association'], ['促进会', 'association'], ['同盟', 'association'],
  // media
  ['报社', 'media'], ['日报社', 'media'], ['日报', 'media'], ['晚报', 'media'], ['电视台', 'media'], ['广播电台', 'media'],
  ['电台', 'media'], ['报', 'media'], ['周刊', 'media'], ['杂志', 'media'], ['通讯社', 'media'], ['杂志社', 'media'], ['出版社', 'media'], ['融媒体中心', 'media'], ['新闻社', 'media'],
  // schools
  ['大学', 'school'], ['学院', 'school'], ['中学', 'school'], ['小学', 'school'], ['学校', 'school'], ['幼儿园', 'school'],
  ['职业学院', 'school'], ['附中', 'school'], ['附小', 'school'], ['研究生院', 'school'],
  // other bodies
  ['医院', 'other'], ['卫生院', 'other'], ['中心', 'other'], ['服务中心', 'other'], ['研究所', 'other'], ['研究院', 'other'],
  ['研究室', 'other'], ['科学院', 'other'], ['社会科学院', 'other'], ['工程院', 'other'], ['实验室', 'other'], ['基地', 'other'],
  ['产业园', 'other'], ['大厦', 'other'], ['美术馆', 'other'], ['展览馆', 'other'], ['体育馆', 'other'], ['大剧院', 'other'],
  ['剧院', 'other'], ['大会堂', 'other'], ['展览中心', 'other'], ['博物馆', 'other'], ['图书馆', 'other'], ['纪念馆', 'other'], ['史馆', 'other'], ['陵园', 'other'],
  ['队', 'other'], ['代表团', 'other'], ['艺术团', 'other'], ['剧团', 'other'], ['乐团', 'other'], ['体工队', 'other'],
  ['事务所', 'other'], ['办事处', 'government'], ['委员会办公室', 'government'], ['创建指挥部', 'government'], ['院', 'other'],
  ['理事会', 'association'], ['组委会', 'other'], ['筹委会', 'other'], ['同学会', 'association'], ['国会', 'government'],
  ['议院', 'government'], ['参议院', 'government'], ['众议院', 'government'], ['立法会', 'government'], ['工作站', 'other'],
  ['管理站', 'government'], ['服务站', 'other'], ['分局', 'government'], ['支队', 'government'], ['大队', 'government'],
  ['中队', 'government'], ['编队', 'government'], ['公所', 'government'],
  // companies named by their trade: 耕德电子, 普善药业, 郑州宇通重工
  ['科技', 'company'], ['电子', 'company'], ['药业', 'company'], ['制药', 'company'], ['生物', 'company'], ['重工', 'company'],
  ['通讯', 'company'], ['实业', 'company'], ['置业', 'company'], ['地产', 'company'], ['股份', 'company'], ['控股', 'company'],
  ['化工', 'company'], ['电气', 'company'], ['物流', 'company'], ['传媒', 'company'], ['食品', 'company'], ['纺织', 'company'],
  ['电器', 'company'], ['软件', 'company'], ['药业集团', 'company'],
  // development zones run by their own committees
  ['经开区', 'government'], ['开发区', 'government'], ['高新区', 'government'], ['示范区', 'government'],
]);

/**
 * Endings that only make a name with a proper part before them: 保险公司, 乡镇企业, 游击队 and
 * 党组织 are descriptions; 劳拉公司, 中国队, 江苏省人民政府 are names.
 */
export const GENERIC_HEADS: ReadonlySet<string> = new Set([
  '公司', '总公司', '企业', '集团', '组织', '政府', '人民政府', '银行', '学校', '医院', '中心', '队', '支队', '大队', '中队',
  '编队', '部队', '机构', '工厂', '厂', '协会', '学会', '俱乐部', '代表团', '工作组', '领导小组', '基地', '联盟', '同盟',
  '合作社', '委员会', '办公室', '研究所', '研究院', '大学', '学院', '中学', '小学', '报社', '电视台', '出版社', '党', '商场',
  '超市', '酒店', '饭店', '宾馆', '有限公司', '股份有限公司', '有限责任公司', '分公司', '事务所', '服务中心', '工作站',
  '产业园', '科技', '电子', '药业', '制药', '生物', '重工', '通讯', '实业', '置业', '地产', '股份', '控股', '化工', '电气',
  '物流', '传媒', '食品', '纺织', '电器', '软件', '经开区', '开发区', '高新区', '示范区', '党委', '党组', '党支部', '党工委',
  '支部', '总支', '团委', '高校', '报', '周刊', '杂志', '大厦', '美术馆', '展览馆', '体育馆', '剧院', '大剧院', '博物馆',
]);

/** Bodies written without a listed ending, or whose short form is the usual one. */
const NAMED: readonly (readonly [string, OrganizationKind])[] = [
  ['中共中央', 'party'], ['党中央', 'party'], ['中央', 'party'], ['中共', 'party'], ['中国共产党', 'party'], ['中央军委', 'government'],
  ['中纪委', 'party'], ['中央纪委', 'party'], ['中央政治局', 'party'], ['中共中央政治局', 'party'], ['国务院', 'government'],
  ['全国人大', 'congress'], ['全国人大常委会', 'congress'], ['全国政协', 'congress'], ['新华社', 'media'], ['人民日报', 'media'],
  ['中央电视台', 'media'], ['央视', 'media'], ['中新社', 'media'], ['路透社', 'media'], ['美联社', 'media'], ['法新社', 'media'],
  ['联合国', 'other'], ['欧盟', 'other'], ['北约', 'other'], ['东盟', 'other'], ['欧佩克', 'other'], ['世贸组织', 'other'],
  ['世界银行', 'other'], ['世行', 'other'], ['国际货币基金组织', 'other'], ['安理会', 'other'], ['国际足联', 'association'],
  ['国际奥委会', 'association'], ['奥委会', 'association'], ['解放军', 'government'], ['人民解放军', 'government'],
  ['武警', 'government'], ['白宫', 'government'], ['国会', 'government'], ['国家杜马', 'government'], ['五角大楼', 'government'],
  ['市委', 'party'], ['市政府', 'government'], ['市人大', 'congress'], ['市政协', 'congress'], ['省委', 'party'],
  ['省政府', 'government'], ['省人大', 'congress'], ['省政协', 'congress'], ['县委', 'party'], ['县政府', 'government'],
  ['区委', 'party'], ['区政府', 'government'], ['镇政府', 'government'], ['乡政府', 'government'], ['村委会', 'government'],
  ['居委会', 'government'], ['人民政协', 'congress'], ['海军', 'government'], ['空军', 'government'], ['陆军', 'government'],
  ['致公党', 'party'], ['民盟', 'party'], ['民建', 'party'], ['民进', 'party'], ['农工党', 'party'], ['九三学社', 'party'],
  ['台盟', 'party'], ['民革', 'party'], ['共青团中央', 'association'], ['团中央', 'association'], ['全国总工会', 'association'],
  ['全国妇联', 'association'], ['中国科协', 'association'], ['中科院', 'other'], ['社科院', 'other'], ['工程院', 'other'],
  ['北大', 'school'], ['清华', 'school'], ['复旦', 'school'], ['人大常委会', 'congress'],
  // Parties named by their creed, in China and abroad: the name carries no place.
  ...'共产党 国民党 民进党 亲民党 新党 自由党 工党 保守党 民主党 共和党 社会党 社民党 社会民主党 基督教民主联盟 基民盟 绿党 人民党 国大党 国民大会党 统一俄罗斯党 自民党 自由民主党 公明党 社会民主党人'
    .split(' ').map((n): readonly [string, OrganizationKind] => [n, 'party']),
];

/**
 * Well-known bodies written by their own name alone: companies, international organizations,
 * agencies and newspapers that news names without a suffix (微软, 亚行, 路透社, 朝日新闻).
 * They also enter the segmenter's dictionary, so that 思科 is one word and not 思 + 科.
 */
const KNOWN: readonly (readonly [OrganizationKind, string])[] = [
  ['company', '微软 英特尔 思科 飞利浦 丰田 波音 空客 空中客车 三菱 三星 索尼 松下 东芝 日立 本田 日产 宝马 奔驰 ' +
    '通用汽车 福特 克莱斯勒 雪铁龙 标致 菲亚特 法拉利 劳斯莱斯 沃尔沃 西门子 诺基亚 爱立信 摩托罗拉 惠普 戴尔 苹果公司 ' +
    '谷歌 雅虎 亚马逊 脸书 甲骨文 可口可乐 百事可乐 雀巢 麦当劳 肯德基 沃尔玛 家乐福 宜家 壳牌 埃克森美孚 英国石油 ' +
    '华为 联想 海尔 长虹 海信 格力 腾讯 阿里巴巴 百度 京东 比亚迪 吉利 奇瑞 一汽 二汽 上汽 宝钢 ' +
    '霍尼韦尔 通用电气 杜邦 巴斯夫 拜耳 博世 强生 辉瑞 宝洁 联合利华 ' +
    '首钢 鞍钢 武钢 邯钢 中石油 中石化 中海油 国家电网 南方电网 中国移动 中国联通 中国电信 中国银行 工商银行 建设银行 ' +
    '农业银行 交通银行 招商银行 中信 万科 恒大 碧桂园 娃哈哈 蒙牛 伊利 茅台 五粮液 青岛啤酒 双汇 ' +
    '中远 中粮 中化 中铁 中建 中交 中电建 中国电建 国网 宇通 海康威视 大华股份 京东方 宁德时代'],
  ['other', '联合国 欧盟 北约 东盟 欧佩克 世贸组织 世界贸易组织 世界银行 世行 亚行 亚洲开发银行 国际货币基金组织 ' +
    '世界卫生组织 世卫组织 联合国教科文组织 国际原子能机构 国际红十字会 红十字会 非统 非统组织 非盟 阿盟 上合组织 ' +
    '亚太经合组织 二十国集团 七国集团 八国集团 金砖国家 国际奥委会 国际足联 亚足联 欧足联 国际泳联 国际田联 国际武联 ' +
    '国际乒联 国际羽联 国际篮联 国际排联 足协 中国足协 篮协 中国篮协 田协 中国田协 残联 中国残联'],
  ['media', '新华社 人民日报 光明日报 经济日报 解放军报 中国日报 中央电视台 央视 中央人民广播电台 中新社 ' +
    '路透社 美联社 法新社 共同社 塔斯社 俄通社 韩联社 朝中社 德新社 合众国际社 安莎社 埃中社 中通社 南通社 ' +
    '朝日新闻 每日新闻 读卖新闻 日本经济新闻 纽约时报 华盛顿邮报 华尔街日报 泰晤士报 卫报 费加罗报 世界报 明镜周刊 ' +
    '时代周刊 新闻周刊 英国广播公司 美国有线电视新闻网'],
  ['government', '白宫 五角大楼 克里姆林宫 国会 国家杜马 联邦委员会 参议院 众议院 上院 下院 内阁 国务院 中央军委 ' +
    '外交部 国防部 财政部 商务部 教育部 科技部 公安部 民政部 司法部 农业部 卫生部 文化部 交通部 铁道部 水利部 ' +
    '国家发改委 国家计委 国家经贸委 国家教委 国家体委 国家民委 外经贸部 海关总署 国家统计局 国家税务总局 审计署'],
];

/** Kind of each listed body, by name. */
export const KNOWN_ORGANIZATIONS: ReadonlyMap<string, OrganizationKind> = new Map(
  KNOWN.flatMap(([kind, names]) => names.split(' ').map((n): [string, OrganizationKind] => [n, kind])),
);

/** Bodies recognized by name: NAMED above plus the well-known bodies. */
export const ORG_NAMES: ReadonlyMap<string, OrganizationKind> = new Map<string, OrganizationKind>([...KNOWN_ORGANIZATIONS, ...NAMED]);

/**
 * Words that make a would-be organization generic: 各级各部门, 市直有关部门, 有关单位, 该公司.
 * Checked on the words of the name; any of them drops the mention.
 */
export const GENERIC_WORDS: ReadonlySet<string> = new Set([
  '各', '各级', '各部门', '有关', '相关', '该', '本', '此', '这', '那', '其', '各类', '各个', '所有', '一些', '多家', '全市',
  '全省', '全县', '全区', '全国各', '各地', '有关部门', '相关部门', '职能部门', '部门', '单位', '各有关', '这个', '那个', '这些',
  '那些', '每个', '每', '几', '多个', '两', '三', '个', '家', '我', '我们', '你', '他们', '她们', '自己', '市直', '县直', '省直',
  '区直', '直属', '下属', '所属', '基层', '上级', '下级', '乡镇', '街道', '各级各', '国家级', '省级', '市级', '县级', '普通',
]);

/** Endings that are never enough alone: a word that is only 局 or 中心 names nothing. */
export const BARE_SUFFIX_OK: ReadonlySet<string> = new Set(['市委', '县委', '区委', '省委', '镇委', '中央']);

/** Place-level characters that bind an organization to a place when they open its name. */
export const PLACE_LEVEL_CHARS: ReadonlySet<string> = new Set('省市县区镇乡村州');
