#include "SyntheticCatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace yc::bench {

namespace {

struct Department
{
    const char* name;
    QStringList subjects;
};

const QList<Department>& departments()
{
    static const QList<Department> list = {
        {"公安局", {"居民身份证", "户口迁移", "出生登记", "居住证", "临时身份证明", "户籍证明", "机动车驾驶证"}},
        {"市场监督管理局",
         {"营业执照", "食品经营许可", "食品生产许可", "药品零售企业经营许可", "个体工商户", "医疗器械经营备案",
          "特种设备使用登记"}},
        {"人力资源和社会保障局",
         {"社会保障卡", "灵活就业人员参保", "失业保险金", "就业创业证", "职业技能等级证书", "养老保险关系转移",
          "工伤认定"}},
        {"医疗保障局",
         {"城乡居民医保参保", "异地就医备案", "门诊特殊病", "医疗费用报销", "生育津贴", "医保关系转移接续"}},
        {"民政局",
         {"最低生活保障", "特困人员救助供养", "临时救助", "婚姻登记", "高龄津贴", "社会团体登记", "殡葬补贴"}},
        {"残疾人联合会", {"残疾人证", "残疾人两项补贴", "辅助器具适配", "残疾人就业补贴"}},
        {"住房和城乡建设局",
         {"公共租赁住房", "建筑工程施工许可", "商品房预售许可", "物业服务备案", "住房租赁补贴", "建筑业企业资质"}},
        {"自然资源局", {"不动产登记", "建设工程规划许可", "建设用地规划许可", "乡村建设规划许可", "测绘资质"}},
        {"卫生健康委员会",
         {"生育登记", "出生医学证明", "医师执业注册", "护士执业注册", "医疗机构执业登记", "公共场所卫生许可"}},
        {"交通运输局",
         {"道路运输经营许可", "出租汽车驾驶员从业资格", "道路运输证", "港口经营许可", "网络预约出租汽车运输证"}},
        {"生态环境局", {"排污许可", "建设项目环境影响评价", "危险废物经营许可", "辐射安全许可"}},
        {"教育局", {"教师资格认定", "民办学校办学许可", "学籍转接", "校外培训机构审批"}},
        {"老龄工作委员会办公室", {"老年人优待证", "老年人意外伤害保险", "居家养老服务补贴"}},
        {"住房公积金管理中心", {"住房公积金提取", "住房公积金贷款", "住房公积金缴存登记", "公积金转移接续"}},
        {"退役军人事务局", {"优待证", "优抚对象抚恤补助", "退役士兵自主就业", "烈士褒扬金"}},
        {"文化和旅游局", {"营业性演出许可", "娱乐场所经营许可", "旅行社设立许可", "网吧经营许可"}},
        {"农业农村局",
         {"农作物种子生产经营许可", "兽药经营许可", "动物防疫条件合格证", "渔业捕捞许可", "农村宅基地审批"}},
        {"应急管理局", {"危险化学品经营许可", "烟花爆竹经营许可", "安全生产许可", "特种作业操作证"}},
        {"城市管理局",
         {"城市道路挖掘许可", "户外广告设置许可", "临时占用城市道路", "城市绿地占用许可", "建筑垃圾处置核准"}},
        {"税务局", {"税务登记", "发票领用", "个人所得税汇算", "车船税缴纳", "纳税证明开具"}},
    };
    return list;
}

const QStringList& actions()
{
    static const QStringList list = {"申领",     "换领",     "补领", "变更", "注销", "延续", "新办", "登记",
                                     "备案",     "审批",     "核准", "申请", "认定", "核发", "年检", "查询",
                                     "证明开具", "首次办理", "迁入", "迁出", "撤销", "恢复", "复核", "信息更正"};
    return list;
}

struct Area
{
    QString county; // 6 digits
    QString code12; // implementing body's area in the implementation code
    QString prefix; // name prefix of the implementing body
    QString level;
};

QList<Area> areas()
{
    static const QList<QPair<QString, QString>> counties = {
        {"210202", "中山区"},   {"210203", "西岗区"}, {"210204", "沙河口区"}, {"210211", "甘井子区"},
        {"210212", "旅顺口区"}, {"210213", "金州区"}, {"210214", "普兰店区"}, {"210224", "长海县"},
        {"210281", "瓦房店市"}, {"210283", "庄河市"}, {"210202", "中山区"}};
    QList<Area> list;
    list << Area{"210200", "210200000000", "大连市", "city"};
    for (int i = 0; i < 10; ++i)
        list << Area{counties[i].first, counties[i].first + "000000", "大连市" + counties[i].second, "district"};
    static const QStringList streets = {"桃源",   "海防",   "青泥洼桥", "人民路", "葵英",   "老虎滩",
                                        "白云",   "八一路", "春柳",     "马栏",   "黑石礁", "星海湾",
                                        "凌水",   "泉水",   "南关岭",   "周水子", "光明",   "登沙河",
                                        "大魏家", "石河",   "三十里堡", "杏树",   "皮口",   "城子坦"};
    for (int i = 0; i < streets.size(); ++i) {
        const auto& county = counties[i % 10];
        list << Area{county.first, county.first + QStringLiteral("%1").arg(100 + i, 3, 10, QLatin1Char('0')) + "000",
                     county.second + streets[i] + "街道", i % 3 == 0 ? "community" : "street"};
    }
    return list;
}

} // namespace

QByteArray syntheticCatalog(int count, int version, bool distinctNames)
{
    QList<QPair<int, QString>> basics; // (department index, name)
    const auto& depts = departments();
    for (int d = 0; d < depts.size(); ++d) {
        for (const QString& subject : depts[d].subjects) {
            for (const QString& action : actions())
                basics << qMakePair(d, subject + action);
        }
    }
    const QList<Area> areaList = areas();
    QJsonArray items;
    for (int i = 0; i < count; ++i) {
        const auto& basic = basics[i % basics.size()];
        const Area& area = areaList[(i / static_cast<int>(basics.size()) + i * 7) % areaList.size()];
        const int serial = i / static_cast<int>(basics.size());
        const QString basicCode = QStringLiteral("00%1%2")
                                      .arg(100 + basic.first, 4, 10, QLatin1Char('0'))
                                      .arg(i % basics.size(), 6, 10, QLatin1Char('0'));
        const QString credit = QStringLiteral("11%1YC%2X0")
                                   .arg(area.county)
                                   .arg(basic.first * 1000 + serial % 1000, 6, 10, QLatin1Char('0'));
        const QString code = QStringLiteral("%1-%2-000-%3-1-%4")
                                 .arg(basicCode, area.code12, credit)
                                 .arg(serial, 2, 10, QLatin1Char('0'));
        QJsonArray areaCodes{area.county};
        if (area.county != QLatin1String("210200"))
            areaCodes << QStringLiteral("210200");
        const QJsonObject material1{{"id", "m1"},
                                    {"name", QString(basic.second + "申请表")},
                                    {"required", true},
                                    {"forms", QJsonArray{"original"}},
                                    {"copies", 1},
                                    {"source", "applicant"},
                                    {"licenseType", QJsonValue()},
                                    {"deferrable", false},
                                    {"blankForm", QJsonValue()},
                                    {"sample", QJsonValue()},
                                    {"notes", ""}};
        const QJsonObject material2{{"id", "m2"},
                                    {"name", "申请人居民身份证"},
                                    {"required", false},
                                    {"forms", QJsonArray{"original", "electronic"}},
                                    {"copies", 1},
                                    {"source", "government"},
                                    {"licenseType", "居民身份证"},
                                    {"deferrable", false},
                                    {"blankForm", QJsonValue()},
                                    {"sample", QJsonValue()},
                                    {"notes", ""}};
        const QJsonObject situation{{"id", "s1"},
                                    {"question", "是否本人办理？"},
                                    {"options", QJsonArray{QJsonObject{{"id", "s1a"},
                                                                       {"label", "本人办理"},
                                                                       {"addMaterials", QJsonArray{"m2"}},
                                                                       {"removeMaterials", QJsonArray()}},
                                                           QJsonObject{{"id", "s1b"},
                                                                       {"label", "委托办理"},
                                                                       {"addMaterials", QJsonArray()},
                                                                       {"removeMaterials", QJsonArray()}}}}};
        QJsonObject item{
            {"code", code},
            {"basicCode", basicCode},
            {"name",
             distinctNames ? QStringLiteral("%1（%2第%3号）").arg(basic.second, area.prefix).arg(i) : basic.second},
            {"parentCode", QJsonValue()},
            {"variant", QJsonValue()},
            {"type", i % 3 == 0 ? "licensing" : "publicService"},
            {"department",
             QJsonObject{{"name", QString(area.prefix + depts[basic.first].name)}, {"creditCode", credit}}},
            {"levels", QJsonArray{area.level}},
            {"areaCodes", areaCodes},
            {"legalBasis", QJsonArray{"《中华人民共和国行政许可法》"}},
            {"conditions", QJsonArray{"申请人符合法定条件"}},
            {"situations", QJsonArray{situation}},
            {"materials", QJsonArray{material1, material2}},
            {"timeLimit", QJsonObject{{"legalDays", 20}, {"promisedDays", 5 + i % 10}, {"onTheSpot", false}}},
            {"fees", QJsonArray()},
            {"steps",
             QJsonArray{QJsonObject{{"name", "受理"}, {"days", 0}}, QJsonObject{{"name", "审核"}, {"days", 3}}}},
            {"specialSteps", QJsonArray()},
            {"place", QString(area.prefix + "政务服务中心综合受理窗口")},
            {"hours", "周一至周五 9:00-17:00"},
            {"consultPhone", QStringLiteral("0411-8%1").arg(1000000 + i % 9000000, 7, 10, QLatin1Char('0'))},
            {"complaintPhone", "0411-12345"},
            {"onlineDepth", i % 5},
            {"itemVersion", 1},
            {"effectiveFrom", "2026-01-01"},
            {"effectiveTo", QJsonValue()},
        };
        items << item;
    }
    const QJsonObject doc{{"format", "yichuang-catalog"},
                          {"formatVersion", 1},
                          {"kind", "full"},
                          {"version", version},
                          {"generatedAt", "2026-11-01T09:00:00+08:00"},
                          {"issuer", "基准测试用合成目录"},
                          {"items", items}};
    return QJsonDocument(doc).toJson(QJsonDocument::Compact);
}

QStringList realisticQueries()
{
    return {"sfz",           "shenfenzheng", "身份证",       "居民身份证换领",
            "yyzz",          "营业执照",     "shebaoka",     "社保卡",
            "sbk",           "dibao",        "最低生活保障", "gongjijin",
            "gjjtq",         "公积金提取",   "hkqy",         "户口迁移",
            "bdcdj",         "不动产登记",   "spjyxk",       "食品经营许可",
            "canjirenzheng", "残疾人证",     "jsgcghxk",     "建设工程规划许可",
            "laonianren",    "老年人优待证", "syjd",         "生育登记",
            "000117",        "ydjy",         "异地就医备案", "paiwu",
            "jiaoshizige",   "xkz",          "zx",           "变更"};
}

} // namespace yc::bench
