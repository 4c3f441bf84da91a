<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <source>Yichuang Single-Window Intake</source>
        <translation>一窗受理工作台</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Yichuang Single-Window Intake&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;一窗受理工作台&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>One window accepts everything: read the ID card, find the service item, collect the materials, accept.</source>
        <translation>一窗受理、一次办好：读取身份证，查找事项，收取材料，受理。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About Yichuang</source>
        <translation>关于一窗受理(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>办件(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Yichuang</source>
        <translation>一窗受理</translation>
    </message>
    <message>
        <source>Yichuang single-window intake: the window clerk&apos;s workbench.</source>
        <translation>一窗受理：窗口人员的受理工作台。</translation>
    </message>
    <message>
        <source>Keep the local store in &lt;dir&gt; (default: $YICHUANG_DATA_DIR, else the user&apos;s application data folder).</source>
        <translation>本地数据存放在 &lt;dir&gt;（默认取 $YICHUANG_DATA_DIR，否则为用户的应用数据目录）。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Interface language, e.g. zh_CN or en.</source>
        <translation>界面语言，如 zh_CN 或 en。</translation>
    </message>
    <message>
        <source>locale</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Yichuang cannot start</source>
        <translation>一窗受理无法启动</translation>
    </message>
    <message>
        <source>The local store in %1 cannot be opened.

%2</source>
        <translation>无法打开 %1 中的本地数据库。

%2</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>服务事项目录</translation>
    </message>
    <message>
        <source>Sync queue</source>
        <translation>同步队列</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation>%1（离线）</translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation>登录(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Enrol this PC…</source>
        <translation>注册本机(&amp;E)…</translation>
    </message>
    <message>
        <source>Training mode: a separate store, the bundled reference platform on this PC with synthetic halls, staff and catalog, and a simulated ID card reader.</source>
        <translation>培训模式：使用单独的本地数据、本机运行的随附参考平台（模拟的大厅、人员和事项目录）以及模拟身份证阅读器。</translation>
    </message>
    <message>
        <source>Training mode cannot start</source>
        <translation>培训模式无法启动</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>签退(&amp;O)</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Hall dashboard</source>
        <translation>大厅看板</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Rating results</source>
        <translation>好差评结果</translation>
    </message>
    <message>
        <source>Yichuang cannot go on</source>
        <translation>一窗受理工作台无法继续运行</translation>
    </message>
    <message>
        <source>The local store in %1 is damaged. Yichuang stops so that nothing more is written to it; restore the data directory from its backup (see the IT guide).

%2</source>
        <translation>%1 中的本地数据库已损坏。为避免继续写入，程序将退出；请从备份恢复数据目录（见《IT 运维指南》）。

%2</translation>
    </message>
</context>
<context>
    <name>yc::CaseModel</name>
    <message>
        <source>Unknown %1 &quot;%2&quot; (expected one of: %3).</source>
        <translation>未知的%1“%2”（应为以下之一：%3）。</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>受理决定</translation>
    </message>
    <message>
        <source>case lifecycle</source>
        <translation>办件阶段</translation>
    </message>
    <message>
        <source>department status</source>
        <translation>部门办理状态</translation>
    </message>
    <message>
        <source>sync state</source>
        <translation>同步状态</translation>
    </message>
    <message>
        <source>material form</source>
        <translation>材料形式</translation>
    </message>
    <message>
        <source>material source</source>
        <translation>材料来源</translation>
    </message>
</context>
<context>
    <name>yc::WorkCalendar</name>
    <message>
        <source>The calendar has an invalid date %1 in %2.</source>
        <translation>日历中 %2 有无效日期 %1。</translation>
    </message>
    <message>
        <source>The calendar is not valid JSON (%1 at offset %2).</source>
        <translation>日历不是有效的 JSON（%1，位于偏移 %2）。</translation>
    </message>
    <message>
        <source>The document is not a working-day calendar of format version 1.</source>
        <translation>该文件不是格式版本 1 的工作日日历。</translation>
    </message>
    <message>
        <source>The calendar lists no years.</source>
        <translation>日历中没有任何年份。</translation>
    </message>
    <message>
        <source>The calendar has an invalid year &quot;%1&quot;.</source>
        <translation>日历中有无效年份“%1”。</translation>
    </message>
    <message>
        <source>year %1</source>
        <translation>%1 年</translation>
    </message>
    <message>
        <source>The make-up working day %1 in %2 is not a Saturday or Sunday.</source>
        <translation>%2 的调休上班日 %1 不是星期六或星期日。</translation>
    </message>
    <message>
        <source>%1 is listed both as a holiday and as a make-up working day.</source>
        <translation>%1 同时被列为节假日和调休上班日。</translation>
    </message>
</context>
<context>
    <name>yc::catalog::CatalogDocument</name>
    <message>
        <source>item %1</source>
        <translation>第 %1 项事项</translation>
    </message>
    <message>
        <source>item %1 (%2)</source>
        <translation>第 %1 项事项（%2）</translation>
    </message>
    <message>
        <source>The catalog document is larger than %1 MiB.</source>
        <translation>目录文件超过 %1 MiB。</translation>
    </message>
    <message>
        <source>The catalog document is not valid JSON (at byte %1: %2).</source>
        <translation>目录文件不是有效的 JSON（第 %1 字节：%2）。</translation>
    </message>
    <message>
        <source>The catalog document is not a JSON object.</source>
        <translation>目录文件不是 JSON 对象。</translation>
    </message>
    <message>
        <source>catalog document</source>
        <translation>目录文件</translation>
    </message>
    <message>
        <source>This is not a Yichuang catalog document (format &quot;%1&quot;).</source>
        <translation>这不是一窗受理的目录文件（格式为“%1”）。</translation>
    </message>
    <message>
        <source>The catalog document has format version %1; this program reads version %2. Install a newer Yichuang.</source>
        <translation>目录文件的格式版本为 %1，本程序只能读取版本 %2。请安装新版一窗受理。</translation>
    </message>
    <message>
        <source>must be lower than version</source>
        <translation>必须小于 version</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1：必须是对象</translation>
    </message>
    <message>
        <source>%1, field code: the code is already used by item %2</source>
        <translation>%1，字段 code：该编码已被第 %2 项事项使用</translation>
    </message>
    <message>
        <source>removed code %1 is also in items</source>
        <translation>删除的编码 %1 同时出现在 items 中</translation>
    </message>
    <message>
        <source>%1, field parentCode: no item with code %2 in the catalog</source>
        <translation>%1，字段 parentCode：目录中没有编码为 %2 的事项</translation>
    </message>
    <message>
        <source>%1, field parentCode: %2 is itself a sub-item</source>
        <translation>%1，字段 parentCode：%2 本身是子项</translation>
    </message>
    <message>
        <source>%1, field materials: an item without materials must be a main item with sub-items</source>
        <translation>%1，字段 materials：没有申请材料的事项必须是带子项的主项</translation>
    </message>
    <message>
        <source>The catalog document has the key &quot;%1&quot; twice at its top level.</source>
        <translation>目录文件顶层的键“%1”出现了两次。</translation>
    </message>
    <message>
        <source>%1 characters, more than the limit of %2</source>
        <translation>%1 个字符，超过上限 %2</translation>
    </message>
    <message>
        <source>%1 entries, more than the limit of %2</source>
        <translation>%1 项，超过上限 %2</translation>
    </message>
    <message>
        <source>the key has %1 characters, more than the limit of %2</source>
        <translation>键名有 %1 个字符，超过上限 %2</translation>
    </message>
    <message>
        <source>The catalog document has %1 items; at most %2 are accepted.</source>
        <translation>目录文件含 %1 个事项，最多接受 %2 个。</translation>
    </message>
    <message>
        <source>%1: %2 bytes, more than the limit of %3 for one item</source>
        <translation>%1：%2 字节，超过单个事项的上限 %3 字节</translation>
    </message>
</context>
<context>
    <name>yc::catalog::CatalogLabels</name>
    <message>
        <source>Administrative licensing</source>
        <translation>行政许可</translation>
    </message>
    <message>
        <source>Administrative penalty</source>
        <translation>行政处罚</translation>
    </message>
    <message>
        <source>Administrative enforcement</source>
        <translation>行政强制</translation>
    </message>
    <message>
        <source>Administrative levy</source>
        <translation>行政征收</translation>
    </message>
    <message>
        <source>Administrative benefit</source>
        <translation>行政给付</translation>
    </message>
    <message>
        <source>Administrative inspection</source>
        <translation>行政检查</translation>
    </message>
    <message>
        <source>Administrative confirmation</source>
        <translation>行政确认</translation>
    </message>
    <message>
        <source>Administrative reward</source>
        <translation>行政奖励</translation>
    </message>
    <message>
        <source>Administrative adjudication</source>
        <translation>行政裁决</translation>
    </message>
    <message>
        <source>Other administrative power</source>
        <translation>其他行政权力</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>公共服务</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>新办</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation>延续</translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation>注销</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>District / county</source>
        <translation>区市县（先导区）</translation>
    </message>
    <message>
        <source>Street / township</source>
        <translation>街道（乡镇）</translation>
    </message>
    <message>
        <source>Community / village</source>
        <translation>社区（村）</translation>
    </message>
    <message>
        <source>original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>copy</source>
        <translation>复印件</translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>电子件</translation>
    </message>
    <message>
        <source>provided by the applicant</source>
        <translation>申请人自备</translation>
    </message>
    <message>
        <source>issued by a government body</source>
        <translation>政府部门核发</translation>
    </message>
    <message>
        <source>issued by an intermediary</source>
        <translation>中介机构出具</translation>
    </message>
    <message>
        <source>other source</source>
        <translation>其他来源</translation>
    </message>
    <message>
        <source>Not online</source>
        <translation>不可网办</translation>
    </message>
    <message>
        <source>Guide online only</source>
        <translation>网上可查办事指南</translation>
    </message>
    <message>
        <source>Online pre-review</source>
        <translation>网上预审</translation>
    </message>
    <message>
        <source>Online acceptance (one visit)</source>
        <translation>网上受理（最多跑一次）</translation>
    </message>
    <message>
        <source>Fully online (no visit)</source>
        <translation>全程网办（零跑动）</translation>
    </message>
</context>
<context>
    <name>yc::catalog::GuideFormatter</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Implementation code</source>
        <translation>实施编码</translation>
    </message>
    <message>
        <source>Basic code</source>
        <translation>基本编码</translation>
    </message>
    <message>
        <source>Item type</source>
        <translation>事项类型</translation>
    </message>
    <message>
        <source>Handling variant</source>
        <translation>办理项</translation>
    </message>
    <message>
        <source>Main item</source>
        <translation>所属主项</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>实施主体</translation>
    </message>
    <message>
        <source>%1 (credit code %2)</source>
        <translation>%1（统一社会信用代码 %2）</translation>
    </message>
    <message>
        <source>Hall levels</source>
        <translation>行使层级</translation>
    </message>
    <message>
        <source>Areas</source>
        <translation>实施区域</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation>即办件</translation>
    </message>
    <message>
        <source>Legal limit %1; promised limit %2</source>
        <translation>法定办结时限 %1；承诺办结时限 %2</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>未规定</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>办理地点</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>办理时间</translation>
    </message>
    <message>
        <source>Consultation phone</source>
        <translation>咨询电话</translation>
    </message>
    <message>
        <source>Complaint phone</source>
        <translation>监督投诉电话</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>网上办理深度</translation>
    </message>
    <message>
        <source>Item version</source>
        <translation>事项版本</translation>
    </message>
    <message>
        <source>%1, effective %2 to %3</source>
        <translation>第 %1 版，有效期 %2 至 %3</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>required</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>depending on the situation</source>
        <translation>视情形提交</translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n 份</numerusform>
        </translation>
    </message>
    <message>
        <source>electronic licence: %1</source>
        <translation>电子证照：%1</translation>
    </message>
    <message>
        <source>may be supplied later</source>
        <translation>可容缺后补</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Blank form: %1.</source>
        <translation>空白表格：%1。</translation>
    </message>
    <message>
        <source>Sample: %1.</source>
        <translation>示例样表：%1。</translation>
    </message>
    <message>
        <source>Handling variants</source>
        <translation>办理项</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>设定依据</translation>
    </message>
    <message>
        <source>Acceptance conditions</source>
        <translation>受理条件</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Situations</source>
        <translation>情形</translation>
    </message>
    <message>
        <source>add %1</source>
        <translation>需提交%1</translation>
    </message>
    <message>
        <source>no %1</source>
        <translation>无需%1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>收费标准</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: %2 (basis: %3)</source>
        <translation>%1：%2（依据：%3）</translation>
    </message>
    <message>
        <source>No fee</source>
        <translation>不收费</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>办理流程</translation>
    </message>
    <message>
        <source>Special procedures (not counted in the time limit)</source>
        <translation>特别程序（不计入办理时限）</translation>
    </message>
    <message>
        <source>%1 (at most %2; basis: %3)</source>
        <translation>%1（最长 %2；依据：%3）</translation>
    </message>
</context>
<context>
    <name>yc::catalog::JsonReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, field %2: %3</source>
        <translation>%1，字段 %2：%3</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>must be a string or null</source>
        <translation>必须是字符串或 null</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>必须是字符串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation>必须是字符串数组</translation>
    </message>
    <message>
        <source>must be an array of non-empty strings</source>
        <translation>必须是非空字符串数组</translation>
    </message>
    <message>
        <source>must be an integer from %1 to %2</source>
        <translation>必须是 %1 到 %2 之间的整数</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>必须是 YYYY-MM-DD 格式的日期</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须是对象</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>必须是数组</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation>未知取值“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 6-digit area code</source>
        <translation>“%1”不是 6 位区划代码</translation>
    </message>
    <message>
        <source>a handling variant needs a parentCode</source>
        <translation>办理项必须有 parentCode</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>id“%1”重复</translation>
    </message>
    <message>
        <source>a situation needs at least two options</source>
        <translation>情形至少要有两个选项</translation>
    </message>
    <message>
        <source>refers to material &quot;%1&quot;, which the item does not list</source>
        <translation>引用了材料“%1”，但该事项没有此材料</translation>
    </message>
    <message>
        <source>adds and removes the same material &quot;%1&quot;</source>
        <translation>同时增加和去掉了材料“%1”</translation>
    </message>
    <message>
        <source>an on-the-spot item has 0 legal and 0 promised days</source>
        <translation>即办件的法定和承诺时限必须为 0 天</translation>
    </message>
    <message>
        <source>must be above 0 and not above legalDays (unless the item is on the spot)</source>
        <translation>必须大于 0 且不超过 legalDays（即办件除外）</translation>
    </message>
    <message>
        <source>must not be before effectiveFrom</source>
        <translation>不能早于 effectiveFrom</translation>
    </message>
</context>
<context>
    <name>yc::ctl::AuditVerify</name>
    <message>
        <source>Checks the audit trail&apos;s hash chain: every entry in order, none missing, none inserted, none changed since it was written. Names the first entry that does not hold and exits 1.</source>
        <translation>检查审计日志的哈希链：每一条按顺序、无缺失、无插入、写入后未被修改。发现问题时指出第一条不成立的记录并以 1 退出。</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>以一个 JSON 对象输出结果。</translation>
    </message>
    <message>
        <source>error: there is no store in %1.</source>
        <translation>错误：%1 中没有本地数据库。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message numerus="yes">
        <source>audit trail: %n entries, chain intact</source>
        <translation>
            <numerusform>审计日志：共 %n 条，哈希链完整</numerusform>
        </translation>
    </message>
    <message>
        <source>head: %1</source>
        <translation>链头：%1</translation>
    </message>
    <message>
        <source>audit trail: entry %1 does not hold: %2</source>
        <translation>审计日志：第 %1 条不成立：%2</translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain</source>
        <translation>检查审计日志的哈希链</translation>
    </message>
</context>
<context>
    <name>yc::ctl::CalendarCommands</name>
    <message>
        <source>Prints the day a time limit of N working days ends when the case was accepted on the --from date: the count starts on the working day after it; statutory holidays do not count and make-up working days do. A second line &quot;provisional&quot; follows when the count runs past the last year whose official notice is known.</source>
        <translation>输出 N 个工作日的时限在案件于 --from 日期受理后的届满日：从受理次日起的第一个工作日开始计算；法定节假日不计，调休上班日计入。若计算超出已知官方通知的最后一年，第二行输出“provisional”。</translation>
    </message>
    <message>
        <source>The day of acceptance.</source>
        <translation>受理日期。</translation>
    </message>
    <message>
        <source>The time limit in working days (0 to 3650).</source>
        <translation>时限（工作日，0 至 3650）。</translation>
    </message>
    <message>
        <source>error: --from must be a date written YYYY-MM-DD.</source>
        <translation>错误：--from 须为 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>error: --days must be a whole number from 0 to 3650.</source>
        <translation>错误：--days 须为 0 至 3650 的整数。</translation>
    </message>
    <message>
        <source>Exits 0 when the date is a working day, 1 when it is not (a weekend or a statutory holiday), and says which.</source>
        <translation>该日期为工作日时以 0 退出，否则（周末或法定节假日）以 1 退出，并说明属于哪种。</translation>
    </message>
    <message>
        <source>The date.</source>
        <translation>日期。</translation>
    </message>
    <message>
        <source>error: %1 is not a date written YYYY-MM-DD.</source>
        <translation>错误：%1 不是 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>statutory holiday (%1)</source>
        <translation>法定节假日（%1）</translation>
    </message>
    <message>
        <source>make-up working day</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>周末</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>工作日</translation>
    </message>
    <message>
        <source>(provisional: no official notice for %1 yet)</source>
        <translation>（暂定：尚无 %1 年的官方通知）</translation>
    </message>
    <message>
        <source>Lists every statutory holiday and make-up working day of YEAR, one date per line, with the name of its holiday period.</source>
        <translation>列出 YEAR 年的全部法定节假日和调休上班日，每行一个日期，并注明所属假期。</translation>
    </message>
    <message>
        <source>The year.</source>
        <translation>年份。</translation>
    </message>
    <message>
        <source>error: YEAR must be a year such as 2026.</source>
        <translation>错误：YEAR 须为年份，例如 2026。</translation>
    </message>
    <message>
        <source>error: no official notice for %1 is known (the calendar covers %2 to %3); its dates are provisional: Monday to Friday are counted as working days.</source>
        <translation>错误：尚无 %1 年的官方通知（日历覆盖 %2 至 %3 年）；该年日期为暂定：周一至周五按工作日计算。</translation>
    </message>
    <message>
        <source>holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>workday</source>
        <translation>上班日</translation>
    </message>
    <message>
        <source>%1: %2 holiday dates, %3 make-up working days.</source>
        <translation>%1 年：%2 个节假日，%3 个调休上班日。</translation>
    </message>
    <message>
        <source>The day a working-day time limit ends</source>
        <translation>工作日时限的届满日</translation>
    </message>
    <message>
        <source>Exit 0 on a working day, 1 otherwise</source>
        <translation>工作日以 0 退出，否则以 1 退出</translation>
    </message>
    <message>
        <source>Every holiday and make-up working day of a year</source>
        <translation>一年中的全部节假日和调休上班日</translation>
    </message>
</context>
<context>
    <name>yc::ctl::CardOutput</name>
    <message>
        <source>error: %1 The card data is damaged or was misread; read the card again.</source>
        <translation>错误：%1 卡片数据已损坏或读取有误，请重新读卡。</translation>
    </message>
</context>
<context>
    <name>yc::ctl::CaseCommands</name>
    <message>
        <source>Lists the cases and drafts at this window, newest first, the applicant masked. With --json: one JSON object per line (caseId, caseNumber, itemCode, itemName, applicant, idNumber, state, departmentStatus, decision, receivedAt, promisedDate, syncState).</source>
        <translation>列出本窗口的办件和草稿，最新的在前，申请人已脱敏。使用 --json 时每行一个 JSON 对象（caseId、caseNumber、itemCode、itemName、applicant、idNumber、state、departmentStatus、decision、receivedAt、promisedDate、syncState）。</translation>
    </message>
    <message>
        <source>One JSON object per case and line.</source>
        <translation>每个办件一行一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Only cases in this state: draft, decided, or a department status (submitted, under-review, correction-requested, supplemented, completed, delivered, refused).</source>
        <translation>仅列出该状态的办件：draft、decided，或部门状态（submitted、under-review、correction-requested、supplemented、completed、delivered、refused）。</translation>
    </message>
    <message>
        <source>state</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Promised</source>
        <translation>承诺办结日</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <source>Case id</source>
        <translation>办件 ID</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>共 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows one case or draft, the applicant masked: its item, decision, dates, materials (name, state, form, source) and history.</source>
        <translation>显示一个办件或草稿（申请人已脱敏）：事项、决定、日期、材料（名称、状态、形式、来源）及历史记录。</translation>
    </message>
    <message>
        <source>The case&apos;s id (see case list).</source>
        <translation>办件 ID（见 case list）。</translation>
    </message>
    <message>
        <source>One JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>error: no case with id %1.</source>
        <translation>错误：没有 ID 为 %1 的办件。</translation>
    </message>
    <message>
        <source>Item version</source>
        <translation>事项版本</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>受理人员</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Completed on the spot at %1</source>
        <translation>已于 %1 当场办结</translation>
    </message>
    <message>
        <source>Time limit stopped since %1 (waiting for the correction)</source>
        <translation>自 %1 起暂停计时（等待补正）</translation>
    </message>
    <message>
        <source>Materials:</source>
        <translation>材料：</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>补交期限</translation>
    </message>
    <message>
        <source>History:</source>
        <translation>历史记录：</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>List the cases at this window (masked)</source>
        <translation>列出本窗口的办件（脱敏）</translation>
    </message>
    <message>
        <source>Show one case with its materials and history (masked)</source>
        <translation>显示一个办件及其材料和历史记录（脱敏）</translation>
    </message>
</context>
<context>
    <name>yc::ctl::CatalogCommand</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Catalog document (JSON).</source>
        <translation>目录文件（JSON）。</translation>
    </message>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation>错误：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>error: %1 is not a valid catalog document:</source>
        <translation>错误：%1 不是有效的目录文件：</translation>
    </message>
    <message>
        <source>error: the catalog was not changed: %1</source>
        <translation>错误：目录未作改动：%1</translation>
    </message>
    <message>
        <source>Applied delta %1 -&gt; %2.</source>
        <translation>已应用增量 %1 -&gt; %2。</translation>
    </message>
    <message>
        <source>Imported full catalog version %1.</source>
        <translation>已导入全量目录，版本 %1。</translation>
    </message>
    <message>
        <source>Items: %1 (added %2, changed %3, removed %4).</source>
        <translation>事项：%1 项（新增 %2，变更 %3，删除 %4）。</translation>
    </message>
    <message>
        <source>Searches the catalog as the window clerk&apos;s search box does: name, any part of it, full pinyin or initials, item code, department, synonyms; only items this hall handles (settings hall/level and hall/areaCode). Prints one match per line: code, name, department, separated by tabs.</source>
        <translation>按窗口人员搜索框的方式搜索目录：名称或其任意部分、全拼或拼音首字母、事项编码、实施主体、同义词；只列出本大厅受理的事项（设置项 hall/level 和 hall/areaCode）。每行一个结果：编码、名称、实施主体，以制表符分隔。</translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation>要查找的内容。</translation>
    </message>
    <message>
        <source>Print at most &lt;n&gt; matches (default 20).</source>
        <translation>最多列出 &lt;n&gt; 个结果（默认 20）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>--limit needs a number of at least 1.</source>
        <translation>--limit 需要不小于 1 的数字。</translation>
    </message>
    <message>
        <source>The catalog is empty: import one with &quot;yichuang-ctl catalog import FILE&quot;.</source>
        <translation>目录为空：请用“yichuang-ctl catalog import 文件”导入目录。</translation>
    </message>
    <message>
        <source>Prints the whole service guide of one catalog item.</source>
        <translation>显示一个事项的完整办事指南。</translation>
    </message>
    <message>
        <source>Implementation code of the item.</source>
        <translation>事项的实施编码。</translation>
    </message>
    <message>
        <source>Show version &lt;v&gt; of the item (kept for cases accepted under it).</source>
        <translation>显示事项的第 &lt;v&gt; 版（为按该版本受理的办件保留）。</translation>
    </message>
    <message>
        <source>v</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Import a catalog document (full or delta)</source>
        <translation>导入目录文件（全量或增量）</translation>
    </message>
    <message>
        <source>Search the catalog (ranked, tab separated)</source>
        <translation>搜索目录（按相关度排序，制表符分隔）</translation>
    </message>
    <message>
        <source>Print the whole service guide of an item</source>
        <translation>显示事项的完整办事指南</translation>
    </message>
    <message>
        <source>Imports a catalog document (full or delta, the format of resources/catalog/README.md) into the local store, all or nothing: a document with any error changes nothing. A delta applies only to the catalog version it names as its base. A document over the size limits of that README is refused, and so is one that would leave the catalog without items, unless --allow-empty is given.</source>
        <translation>将目录文件（全量或增量，格式见 resources/catalog/README.md）导入本地库，全部成功或全部不变：文件有任何错误都不做任何更改。增量只适用于其声明为基础的目录版本。超出该 README 所列大小上限的文件将被拒绝；导入后目录将不含任何事项的文件也被拒绝，除非给出 --allow-empty。</translation>
    </message>
    <message>
        <source>Accept a full catalog without items (or a delta that removes every item): empties the catalog.</source>
        <translation>接受不含事项的全量目录（或删除全部事项的增量）：清空目录。</translation>
    </message>
    <message>
        <source>The catalog document is larger than %1 MiB.</source>
        <translation>目录文件大于 %1 MiB。</translation>
    </message>
    <message>
        <source>To empty the catalog on purpose, import the document with --allow-empty.</source>
        <translation>如确需清空目录，请加 --allow-empty 导入该文件。</translation>
    </message>
</context>
<context>
    <name>yc::ctl::CommandRegistry</name>
    <message>
        <source>Unknown command: %1</source>
        <translation>未知命令：%1</translation>
    </message>
    <message>
        <source>Usage: yichuang-ctl COMMAND [OPTIONS]

Commands:
</source>
        <translation>用法：yichuang-ctl 命令 [选项]

命令：
</translation>
    </message>
    <message>
        <source>
Global options:
  --help       Show this help (or a command&apos;s help: yichuang-ctl COMMAND --help)
  --version    Show the version
  --lang L     Language of messages, e.g. zh_CN or en

Exit codes: 0 success, 1 a check found a problem, 2 wrong usage, 3 the command could not run.
</source>
        <translation>
通用选项：
  --help       显示本帮助（某命令的帮助：yichuang-ctl 命令 --help）
  --version    显示版本
  --lang L     提示信息的语言，如 zh_CN 或 en

退出码：0 成功，1 检查发现问题，2 用法错误，3 命令无法执行。
</translation>
    </message>
    <message>
        <source>Data directory of the store.</source>
        <translation>本地数据目录。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message numerus="yes">
        <source>Expected %n argument(s); see --help.</source>
        <translation>
            <numerusform>应有 %n 个参数；请参阅 --help。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected at least %n argument(s); see --help.</source>
        <translation>
            <numerusform>至少需要 %n 个参数；请参阅 --help。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yc::ctl::DbCheck</name>
    <message>
        <source>Opens the local store (creating it if absent), checks it read-only first, then applies schema migrations and prints the schema version, the number of cases and of pending outbox items. A damaged store or one with a newer schema is reported and left untouched.</source>
        <translation>打开本地数据库（不存在则创建），先以只读方式检查，再执行结构升级，并输出结构版本、办件数和待上传队列条数。损坏的数据库或结构版本更新的数据库只报告问题，文件保持原样。</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>以一个 JSON 对象输出结果。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>database: %1%2</source>
        <translation>数据库：%1%2</translation>
    </message>
    <message>
        <source> (created)</source>
        <translation>（新建）</translation>
    </message>
    <message>
        <source>schema version: %1 (migrated from %2)</source>
        <translation>结构版本：%1（由 %2 升级）</translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation>结构版本：%1</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>完整性：正常</translation>
    </message>
    <message>
        <source>cases: %1</source>
        <translation>办件数：%1</translation>
    </message>
    <message>
        <source>pending outbox items: %1</source>
        <translation>待上传队列：%1</translation>
    </message>
    <message>
        <source>Check (and create or migrate) the local store</source>
        <translation>检查本地数据库（必要时创建或升级）</translation>
    </message>
</context>
<context>
    <name>yc::ctl::IdCardDecode</name>
    <message>
        <source>The frame file.</source>
        <translation>帧文件。</translation>
    </message>
    <message>
        <source>error: %1 cannot be read: %2</source>
        <translation>错误：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>error: the file holds no complete GA/T 467 frame.</source>
        <translation>错误：文件中没有完整的 GA/T 467 帧。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>error: the reader reported: %1</source>
        <translation>错误：阅读器报告：%1</translation>
    </message>
    <message>
        <source>Decode a raw reader frame file to card JSON</source>
        <translation>将原始阅读器帧文件解码为证件 JSON</translation>
    </message>
    <message>
        <source>Decodes a raw read-reply frame file (the bytes a GA/T 467 reader sends for the read command) and prints the card as one JSON object. A card whose ID number fails its check is printed with &quot;valid&quot;: false and the reason in &quot;error&quot;, and the command exits 1.</source>
        <translation>解码一个原始读卡应答帧文件（GA/T 467 读卡器对读卡命令返回的字节），以一个 JSON 对象输出证件信息。证件号码未通过校验时，仍输出该证件，&quot;valid&quot; 为 false，原因写在 &quot;error&quot; 中，命令以 1 退出。</translation>
    </message>
</context>
<context>
    <name>yc::ctl::IdCardList</name>
    <message>
        <source>Lists the ID card reader back-ends found, one JSON object per line.</source>
        <translation>列出找到的身份证阅读器后端，每行一个 JSON 对象。</translation>
    </message>
    <message>
        <source>List the ID card reader back-ends</source>
        <translation>列出身份证阅读器后端</translation>
    </message>
</context>
<context>
    <name>yc::ctl::IdCardRead</name>
    <message>
        <source>Reader back-end: samserial, termb, simulated.</source>
        <translation>阅读器后端：samserial、termb、simulated。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Serial port (or auto), termb port number, or simulated card file.</source>
        <translation>串口（或 auto）、termb 端口号，或模拟证件文件。</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>Serial speed (default 115200).</source>
        <translation>串口速率（默认 115200）。</translation>
    </message>
    <message>
        <source>n</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Seconds to wait for a card (default 30).</source>
        <translation>等待证件的秒数（默认 30）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒数</translation>
    </message>
    <message>
        <source>Data directory holding yichuang.ini.</source>
        <translation>存放 yichuang.ini 的数据目录。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>No reader back-end given (--plugin) or configured (reader/plugin).</source>
        <translation>未指定（--plugin）也未配置（reader/plugin）阅读器后端。</translation>
    </message>
    <message>
        <source>Invalid --baud value: %1</source>
        <translation>无效的 --baud 值：%1</translation>
    </message>
    <message>
        <source>Invalid --timeout value: %1</source>
        <translation>无效的 --timeout 值：%1</translation>
    </message>
    <message>
        <source>Reader ready; place a card on it.</source>
        <translation>阅读器已就绪，请放置证件。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>error: the reader did not finish in time.</source>
        <translation>错误：阅读器未能按时完成。</translation>
    </message>
    <message>
        <source>Wait for one card on a reader and print it</source>
        <translation>等待阅读器上的一张证件并输出</translation>
    </message>
    <message>
        <source>Opens an ID card reader, waits for one card and prints it as one JSON object. Without --plugin and --port the reader configured in the settings (reader/plugin, reader/port, reader/baud) is used. A card whose ID number fails its check is printed with &quot;valid&quot;: false and the reason in &quot;error&quot;, and the command exits 1.</source>
        <translation>打开身份证读卡器，等待一张证件并以一个 JSON 对象输出。未给出 --plugin 和 --port 时，使用设置中配置的读卡器（reader/plugin、reader/port、reader/baud）。证件号码未通过校验时，仍输出该证件，&quot;valid&quot; 为 false，原因写在 &quot;error&quot; 中，命令以 1 退出。</translation>
    </message>
</context>
<context>
    <name>yc::ctl::IdCheck</name>
    <message>
        <source>Checks an identity number: resident ID, Hong Kong/Macao/Taiwan residence permit, foreign permanent resident card (2017 and 2023), unified social credit code, or with --type a passport or travel permit. Prints one JSON object; exits 0 when valid, 1 when not.</source>
        <translation>校验证件号码：居民身份证、港澳台居民居住证、外国人永久居留身份证（2017 版和 2023 版）、统一社会信用代码，或用 --type 指定的护照或通行证。输出一个 JSON 对象；有效时退出码为 0，无效时为 1。</translation>
    </message>
    <message>
        <source>The number to check.</source>
        <translation>要校验的号码。</translation>
    </message>
    <message>
        <source>Check as this type: auto (default), resident, permit, foreign, credit-code, passport, travel-permit.</source>
        <translation>按此类型校验：auto（默认）、resident、permit、foreign、credit-code、passport、travel-permit。</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Issuing country of a passport or travel permit (GB/T 2659 alpha-3).</source>
        <translation>护照或通行证的签发国家（GB/T 2659 三字母代码）。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Unknown type &apos;%1&apos;.</source>
        <translation>未知类型“%1”。</translation>
    </message>
    <message>
        <source>Check an identity number or credit code</source>
        <translation>校验证件号码或统一社会信用代码</translation>
    </message>
</context>
<context>
    <name>yc::ctl::MaterialCommand</name>
    <message>
        <source>Packs images and PDFs (JPEG, PNG, TIFF, PDF; judged by their content, not their names) into one compact PDF: every page a JPEG at up to 200 dpi, at most about 300 KB per A4 page. Prints {&quot;pages&quot;, &quot;bytes&quot;, &quot;bytesPerPage&quot;} as one JSON object.</source>
        <translation>将图像和 PDF（JPEG、PNG、TIFF、PDF；按内容而非文件名识别）打包为一个紧凑的 PDF：每页为最高 200 dpi 的 JPEG，每张 A4 页面约不超过 300 KB。以一个 JSON 对象输出 {&quot;pages&quot;, &quot;bytes&quot;, &quot;bytesPerPage&quot;}。</translation>
    </message>
    <message>
        <source>Input files, in page order.</source>
        <translation>输入文件，按页面顺序。</translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation>要写入的 PDF。</translation>
    </message>
    <message>
        <source>JPEG quality tried first for pages that are encoded (default 75).</source>
        <translation>需要编码的页面首先尝试的 JPEG 质量（默认 75）。</translation>
    </message>
    <message>
        <source>1-100</source>
        <translation>1-100</translation>
    </message>
    <message>
        <source>error: --quality must be a number from 1 to 100</source>
        <translation>错误：--quality 必须是 1 到 100 之间的数字</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>错误：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Pack images and PDFs into one compressed material PDF (JSON summary)</source>
        <translation>将图像和 PDF 打包为一个压缩的材料 PDF（输出 JSON 摘要）</translation>
    </message>
</context>
<context>
    <name>yc::ctl::NoticeCommand</name>
    <message>
        <source>Renders a notice from built-in synthetic sample data (a training hall, people named 样例甲 and 样例乙, generated ID numbers) to a PDF. The verification QR code is signed with a key made for this run only, so the platform does not accept it; the key is printed with the code so that it can be checked. Prints one JSON line: kind, file, verification code, public key (base64 DER).</source>
        <translation>用内置的合成样例数据（培训大厅、样例甲和样例乙、生成的证件号码）生成通知书 PDF。核验二维码使用仅本次运行生成的密钥签名，平台不予认可；密钥与核验码一并输出，以便核对。输出一行 JSON：类型、文件、核验码、公钥（base64 DER）。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>The kind of notice: %1.</source>
        <translation>通知书类型：%1。</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>The date of acceptance, YYYY-MM-DD (default today).</source>
        <translation>受理日期，格式 YYYY-MM-DD（默认今天）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Print the training watermark on every page.</source>
        <translation>每页打印培训水印。</translation>
    </message>
    <message>
        <source>--sample needs one of: %1.</source>
        <translation>--sample 须为以下之一：%1。</translation>
    </message>
    <message>
        <source>--date needs a date written YYYY-MM-DD.</source>
        <translation>--date 须为 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>error: drawing a notice needs the fonts of a graphical application.</source>
        <translation>错误：绘制通知书需要图形应用程序的字体。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Render a sample notice to PDF</source>
        <translation>将样例通知书生成为 PDF</translation>
    </message>
</context>
<context>
    <name>yc::ctl::NoticeStoreCommand</name>
    <message>
        <source>Lists the notices kept with a case, oldest first, one JSON object per line: noticeId, caseId, kind, issuedAt, staffId, sha256 (of the PDF; null when none was kept), printCount, lastPrintedAt (null when never printed). No personal data. CASE is the case id or its case number; a case without notices prints nothing.</source>
        <translation>列出某一办件保存的通知书，按出具先后，每行一个 JSON 对象：noticeId、caseId、kind、issuedAt、staffId、sha256（PDF 的摘要；未保存 PDF 时为 null）、printCount、lastPrintedAt（从未打印时为 null）。不含个人信息。CASE 为办件 ID 或受理编号；办件没有通知书时不输出任何内容。</translation>
    </message>
    <message>
        <source>The case id or case number.</source>
        <translation>办件 ID 或受理编号。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>error: no case %1 in this store.</source>
        <translation>错误：本库中没有办件 %1。</translation>
    </message>
    <message>
        <source>Writes the PDF of a kept notice, decrypted, exactly as it was issued (its SHA-256 is checked), readable by the current user only. The notice holds personal data: keep the file no longer than needed. The export is written to the audit trail. An existing file is replaced only with --force. Prints one JSON line: noticeId, caseId, kind, file, sha256, bytes.</source>
        <translation>写出一份已保存通知书的 PDF（已解密），与出具时完全一致（核对其 SHA-256），仅当前用户可读。通知书含个人信息：文件用完即删。导出会记入审计日志。已有文件只有加 --force 才会被替换。输出一行 JSON：noticeId、caseId、kind、file、sha256、bytes。</translation>
    </message>
    <message>
        <source>The notice id (see notice list).</source>
        <translation>通知书 ID（见 notice list）。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Replace OUT.pdf if it exists.</source>
        <translation>OUT.pdf 已存在时替换它。</translation>
    </message>
    <message>
        <source>error: %1 exists; add --force to replace it.</source>
        <translation>错误：%1 已存在；如需替换请加 --force。</translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation>错误：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>warning: the export was not written to the audit trail: %1</source>
        <translation>警告：本次导出未能记入审计日志：%1</translation>
    </message>
    <message>
        <source>List the notices kept with a case (JSON lines, no personal data)</source>
        <translation>列出办件保存的通知书（JSON 行，不含个人信息）</translation>
    </message>
    <message>
        <source>Write the PDF of a kept notice to a file</source>
        <translation>将已保存通知书的 PDF 写入文件</translation>
    </message>
</context>
<context>
    <name>yc::ctl::RetentionRun</name>
    <message>
        <source>Removes from this PC the materials (scans and files), the notices&apos; PDFs and the personal data (applicant, agent, form fields, notes) of cases that are completed or delivered, whose every item the platform holds, and that have not changed for the retention period (retention/days in yichuang.ini, %1 days when not set). The case itself, its number, dates and states, and the audit trail stay; every purge is audited. Prints one JSON object: dryRun, days, cases, caseIds, materialFiles, materialBytes, notices.</source>
        <translation>从本机删除已办结或已送达、其全部事项平台均已接收、且在保留期内（yichuang.ini 中的 retention/days，未设置时为 %1 天）未再变动的办件的材料（扫描件和文件）、通知书 PDF 及个人信息（申请人、代理人、表单字段、备注）。办件本身（受理编号、日期和状态）及审计日志保留；每次清除均记入审计日志。输出一个 JSON 对象：dryRun、days、cases、caseIds、materialFiles、materialBytes、notices。</translation>
    </message>
    <message>
        <source>Only count what would be removed.</source>
        <translation>只统计将被删除的内容。</translation>
    </message>
    <message>
        <source>The retention period in days, instead of the setting.</source>
        <translation>保留期（天），代替设置中的值。</translation>
    </message>
    <message>
        <source>error: --days must be a whole number from 1 to 36500.</source>
        <translation>错误：--days 须为 1 至 36500 的整数。</translation>
    </message>
    <message>
        <source>error: retention/days in yichuang.ini must be 1 or more.</source>
        <translation>错误：yichuang.ini 中的 retention/days 须不小于 1。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Remove the materials and personal data of completed, synced cases</source>
        <translation>删除已办结、已同步办件的材料和个人信息</translation>
    </message>
</context>
<context>
    <name>yc::ctl::Scan</name>
    <message>
        <source>Scans one page from the flatbed, or every page in the document feeder, into one PDF (A4 pages, each image at its scanned size). Prints one line per page on standard error; Ctrl+C cancels.</source>
        <translation>从平板扫描一页，或扫描自动进纸器中的全部页面，合成一个 PDF（A4 页面，图像按扫描尺寸放置）。每页在标准错误输出一行；按 Ctrl+C 取消。</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>Scanner back-end: sane, simulated.</source>
        <translation>扫描仪后端：sane、simulated。</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Device as `scanner list` prints it (default: the first one found).</source>
        <translation>设备，按 `scanner list` 的输出（默认：找到的第一台）。</translation>
    </message>
    <message>
        <source>device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Resolution in dpi (default 200).</source>
        <translation>分辨率，单位 dpi（默认 200）。</translation>
    </message>
    <message>
        <source>dpi</source>
        <translation>dpi</translation>
    </message>
    <message>
        <source>color (default), gray or lineart.</source>
        <translation>color（默认）、gray 或 lineart。</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>flatbed (default) or adf (document feeder).</source>
        <translation>flatbed（默认）或 adf（自动进纸器）。</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>No scanner back-end given (--plugin).</source>
        <translation>未指定扫描仪后端（--plugin）。</translation>
    </message>
    <message>
        <source>Invalid --resolution value: %1</source>
        <translation>无效的 --resolution 值：%1</translation>
    </message>
    <message>
        <source>Invalid --mode value: %1 (color, gray or lineart)</source>
        <translation>无效的 --mode 值：%1（color、gray 或 lineart）</translation>
    </message>
    <message>
        <source>Invalid --source value: %1 (flatbed or adf)</source>
        <translation>无效的 --source 值：%1（flatbed 或 adf）</translation>
    </message>
    <message>
        <source>error: %1 is a folder; give the PDF file to write.</source>
        <translation>错误：%1 是文件夹，请指定要写入的 PDF 文件。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Page %1 scanned: %2 x %3 pixels at %4 dpi.</source>
        <translation>第 %1 页已扫描：%2 × %3 像素，%4 dpi。</translation>
    </message>
    <message>
        <source>error: the scan was cancelled; nothing was written.</source>
        <translation>错误：扫描已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>error: the scanner delivered no page.</source>
        <translation>错误：扫描仪未送出任何页面。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>已将 %n 页写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan pages into one PDF</source>
        <translation>将页面扫描为一个 PDF</translation>
    </message>
</context>
<context>
    <name>yc::ctl::ScannerList</name>
    <message>
        <source>Lists the scanners every scanner back-end can reach, one JSON object per device and line. A back-end that cannot be used or cannot list its devices gets one line with &quot;available&quot;: false and the reason.</source>
        <translation>列出每个扫描仪后端可访问的扫描仪，每台设备一行 JSON 对象。无法使用或无法列出设备的后端输出一行，其中 &quot;available&quot; 为 false 并给出原因。</translation>
    </message>
    <message>
        <source>The back-end did not list its devices in time.</source>
        <translation>后端未能及时列出设备。</translation>
    </message>
    <message>
        <source>List the scanners of every scanner back-end</source>
        <translation>列出所有扫描仪后端的扫描仪</translation>
    </message>
</context>
<context>
    <name>yc::ctl::SupervisionCommand</name>
    <message>
        <source>Writes this PC&apos;s cases under electronic supervision (working days left, yellow/red, flags) as CSV (UTF-8 with a byte order mark, for Excel) or PDF. Personal data appear masked only. --staff must be a supervisor known on this PC; the export is audited under that id. The hall&apos;s other cases are not included (they need the supervisor&apos;s platform sign-in: use the dashboard in the program). Prints one JSON line: file, format, rows.</source>
        <translation>将本机办件的电子监察情况（剩余工作日、黄灯/红灯、预警）导出为 CSV（UTF-8 带字节顺序标记，供 Excel 打开）或 PDF。个人信息仅以脱敏形式出现。--staff 须为本机已知的窗口负责人，导出以其工号记入审计日志。不含大厅其他窗口的办件（需窗口负责人登录平台：请在程序中使用看板）。输出一行 JSON：file、format、rows。</translation>
    </message>
    <message>
        <source>csv or pdf.</source>
        <translation>csv 或 pdf。</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>要写入的文件。</translation>
    </message>
    <message>
        <source>Cases received on or after this day.</source>
        <translation>收件日期不早于此日。</translation>
    </message>
    <message>
        <source>Cases received on or before this day.</source>
        <translation>收件日期不晚于此日。</translation>
    </message>
    <message>
        <source>The supervisor the export is made for.</source>
        <translation>导出所属的窗口负责人。</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>故障：%1</translation>
    </message>
    <message>
        <source>error: --out FILE and --staff ID are required.</source>
        <translation>错误：必须指定 --out FILE 和 --staff ID。</translation>
    </message>
    <message>
        <source>error: --%1 %2 is not a date (YYYY-MM-DD).</source>
        <translation>错误：--%1 %2 不是日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>error: --from is after --to.</source>
        <translation>错误：--from 晚于 --to。</translation>
    </message>
    <message>
        <source>command line: this PC only</source>
        <translation>命令行：仅本机</translation>
    </message>
    <message>
        <source>Hall dashboard: cases</source>
        <translation>大厅看板：办件</translation>
    </message>
    <message>
        <source>This PC&apos;s cases only (%1 to %2).</source>
        <translation>仅本机办件（%1 至 %2）。</translation>
    </message>
    <message>
        <source>the first</source>
        <translation>最早</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Export this PC&apos;s cases under supervision (CSV or PDF, masked)</source>
        <translation>导出本机办件监察情况（CSV 或 PDF，已脱敏）</translation>
    </message>
</context>
<context>
    <name>yc::ctl::SyncCommands</name>
    <message>
        <source>error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Platform address, https://host:port.</source>
        <translation>平台地址，https://主机:端口。</translation>
    </message>
    <message>
        <source>url</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Staff id of the enrolling admin.</source>
        <translation>办理注册的管理员工号。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Hall code.</source>
        <translation>大厅编码。</translation>
    </message>
    <message>
        <source>code</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Window number.</source>
        <translation>窗口号。</translation>
    </message>
    <message>
        <source>number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Enrols this PC as a window of a hall: makes its key pair and registers the public key. The admin&apos;s password is read from standard input.</source>
        <translation>将本机注册为某大厅的一个窗口：生成本机密钥对并登记公钥。管理员密码从标准输入读取。</translation>
    </message>
    <message>
        <source>--url, --admin, --hall and --window are required.</source>
        <translation>必须给出 --url、--admin、--hall 和 --window。</translation>
    </message>
    <message>
        <source>Staff id.</source>
        <translation>工号。</translation>
    </message>
    <message>
        <source>Check against the offline verifier only.</source>
        <translation>只用离线校验值核对。</translation>
    </message>
    <message>
        <source>Signs a staff member in (password on standard input): online through the platform, which also keeps the tokens used to send their cases, or offline against the verifier of their last online sign-in.</source>
        <translation>工作人员登录（密码从标准输入读取）：在线时通过平台登录，并保存用于报送其案件的令牌；离线时用其上次在线登录留下的校验值核对。</translation>
    </message>
    <message>
        <source>--staff is required.</source>
        <translation>必须给出 --staff。</translation>
    </message>
    <message>
        <source>error: this PC is not enrolled; run yichuang-ctl enrol first.</source>
        <translation>错误：本机尚未注册，请先运行 yichuang-ctl enrol。</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>输出一个 JSON 对象。</translation>
    </message>
    <message>
        <source>Shows the state of the platform sync.</source>
        <translation>显示与平台同步的状态。</translation>
    </message>
    <message>
        <source>enrolled: %1</source>
        <translation>已注册：%1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>platform reachable at last sync: %1</source>
        <translation>上次同步时平台可达：%1</translation>
    </message>
    <message>
        <source>last successful sync: %1</source>
        <translation>上次成功同步：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>cases waiting: %1 (of which %2 need a person)</source>
        <translation>待报送案件：%1（其中 %2 件需人工处理）</translation>
    </message>
    <message>
        <source>case numbers left: %1</source>
        <translation>剩余受理编号：%1</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>最近错误：%1</translation>
    </message>
    <message>
        <source>Keep going (waiting out backoff) until the queue is empty.</source>
        <translation>持续同步（等待退避时间）直到队列清空。</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 600).</source>
        <translation>超过此秒数后放弃（默认 600）。</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <source>Runs the sync with the platform now.</source>
        <translation>立即与平台同步。</translation>
    </message>
    <message>
        <source>sent: %1, waiting: %2, retryable failures: %3, permanent failures: %4</source>
        <translation>已报送：%1，待报送：%2，可重试失败：%3，永久失败：%4</translation>
    </message>
    <message>
        <source>error: the queue cannot be read.</source>
        <translation>错误：无法读取同步队列。</translation>
    </message>
    <message>
        <source>Checks a platform address: reachability, the TLS chain against the configured trust, the pinned key and the clock skew.</source>
        <translation>检查平台地址：可达性、按所配置信任检查的 TLS 证书链、固定公钥和时钟偏差。</translation>
    </message>
    <message>
        <source>reachable: HTTP %1 in %2 ms</source>
        <translation>可达：HTTP %1，用时 %2 毫秒</translation>
    </message>
    <message>
        <source>TLS chain: %1 (verified)</source>
        <translation>TLS 证书链：%1（已验证）</translation>
    </message>
    <message>
        <source>public key pin (sha256): %1%2</source>
        <translation>公钥指纹（sha256）：%1%2</translation>
    </message>
    <message>
        <source> (no pin configured)</source>
        <translation>（未配置公钥固定）</translation>
    </message>
    <message>
        <source> (matches)</source>
        <translation>（一致）</translation>
    </message>
    <message>
        <source>clock skew: %1 s</source>
        <translation>时钟偏差：%1 秒</translation>
    </message>
    <message>
        <source>warning: this PC&apos;s clock differs from the platform&apos;s by more than 5 minutes.</source>
        <translation>警告：本机时钟与平台相差超过 5 分钟。</translation>
    </message>
    <message>
        <source>Queues pending cases from a previous window system (format: app/sync/CASE_IMPORT.md). They are stored, encrypted and sent exactly like cases accepted in the GUI. Importing the same file again changes nothing.</source>
        <translation>将旧窗口系统中未报送的案件加入队列（格式见 app/sync/CASE_IMPORT.md）。这些案件与界面中受理的案件一样保存、加密和报送。重复导入同一文件不会有任何改变。</translation>
    </message>
    <message>
        <source>Writes the pending queue into DIR (e.g. a USB stick) as one file encrypted with a passphrase read from standard input (at least 12 characters; give it to the platform operator separately). The cases stay queued and are sent again when online; the platform stores each case once.</source>
        <translation>将待报送队列写入 DIR（例如 U 盘），生成一个用口令加密的文件，口令从标准输入读取（至少 12 个字符，另行告知平台操作人员）。案件仍留在队列中，联网后再次报送；平台对每件案件只保存一次。</translation>
    </message>
    <message>
        <source>On the platform side: decrypts an outbox export (passphrase on standard input) into OUTDIR, the directory yichuang-platform import-outbox reads.</source>
        <translation>在平台端：将导出的队列文件解密到 OUTDIR（口令从标准输入读取），供 yichuang-platform import-outbox 读取。</translation>
    </message>
    <message>
        <source>Enrol this PC as a window of a hall</source>
        <translation>将本机注册为大厅的一个窗口</translation>
    </message>
    <message>
        <source>Sign a staff member in (online, or offline against the verifier)</source>
        <translation>工作人员登录（在线，或离线用校验值核对）</translation>
    </message>
    <message>
        <source>Show the state of the platform sync</source>
        <translation>显示平台同步状态</translation>
    </message>
    <message>
        <source>Sync with the platform now</source>
        <translation>立即与平台同步</translation>
    </message>
    <message>
        <source>Retry one queue entry now</source>
        <translation>立即重试某个队列项</translation>
    </message>
    <message>
        <source>Write the pending queue to removable media, encrypted</source>
        <translation>将待报送队列加密写入移动存储介质</translation>
    </message>
    <message>
        <source>Decrypt an outbox export for the platform&apos;s import</source>
        <translation>解密导出的队列文件以供平台导入</translation>
    </message>
    <message>
        <source>Check a platform address: reachability, TLS chain, pin, clock skew</source>
        <translation>检查平台地址：可达性、TLS 证书链、公钥固定、时钟偏差</translation>
    </message>
    <message>
        <source>Queue cases from a previous window system</source>
        <translation>将旧窗口系统的案件加入队列</translation>
    </message>
    <message>
        <source>evaluations and supplements waiting: %1 (of which %2 need a person)</source>
        <translation>待报送评价和补交：%1（其中 %2 项需人工处理）</translation>
    </message>
    <message>
        <source>Also list entries the platform holds already.</source>
        <translation>同时列出平台已接收的条目。</translation>
    </message>
    <message>
        <source>Lists the sync queue, one JSON object per entry (no personal data): cases, evaluations and supplements. Keys: id (for outbox retry), kind (case, evaluation or supplement), caseId, caseNumber (of the entry&apos;s case), state, staffId, attempts, nextAttemptAt, error (empty, retryable or permanent: permanent waits for a person), lastError, platformStatus, bytes, bytesSent; evaluations and supplements also objectId (the evaluation or supplement id).</source>
        <translation>列出同步队列，每个条目一个 JSON 对象（不含个人信息）：案件、评价和补交。键：id（供 outbox retry 使用）、kind（case、evaluation 或 supplement）、caseId、caseNumber（条目所属案件的编号）、state、staffId、attempts、nextAttemptAt、error（空、retryable 或 permanent：permanent 表示等待人工处理）、lastError、platformStatus、bytes、bytesSent；评价和补交另有 objectId（评价或补交的编号）。</translation>
    </message>
    <message>
        <source>Clears the wait of one queue entry of any kind (&quot;Retry now&quot;): ID is the id printed by outbox list.</source>
        <translation>取消任一类型的某个队列条目的等待（“立即重试”）：ID 为 outbox list 输出的 id。</translation>
    </message>
    <message>
        <source>List the sync queue (cases, evaluations, supplements)</source>
        <translation>列出同步队列（案件、评价、补交）</translation>
    </message>
    <message numerus="yes">
        <source>not queued: %n case(s) of this file were refused</source>
        <translation>
            <numerusform>未排队：本文件有 %n 个办件被拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>error: %n case(s) refused; nothing was queued. Correct the file and import it again.</source>
        <translation>
            <numerusform>错误：%n 个办件被拒绝，未排队任何办件。请修改文件后重新导入。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yc::devices::CardReaderService</name>
    <message>
        <source>no reader</source>
        <translation>无阅读器</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>正在连接</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>waiting for a card</source>
        <translation>等待放置证件</translation>
    </message>
    <message>
        <source>card present</source>
        <translation>证件在位</translation>
    </message>
    <message>
        <source>error</source>
        <translation>故障</translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation>故障：%1</translation>
    </message>
    <message>
        <source>The reader plugin &apos;%1&apos; could not create a reader.</source>
        <translation>阅读器插件“%1”无法创建阅读器。</translation>
    </message>
    <message>
        <source>No ID card reader is configured.</source>
        <translation>未配置身份证阅读器。</translation>
    </message>
</context>
<context>
    <name>yc::devices::DeviceManager</name>
    <message>
        <source>Not an ID card reader plugin (interface %1).</source>
        <translation>不是身份证阅读器插件（接口 %1）。</translation>
    </message>
    <message>
        <source>The plugin&apos;s metadata has no key.</source>
        <translation>插件元数据中没有 key。</translation>
    </message>
    <message>
        <source>The plugin &apos;%1&apos; was built for reader API version %2; this program uses version %3.</source>
        <translation>插件“%1”是为阅读器接口第 %2 版构建的；本程序使用第 %3 版。</translation>
    </message>
    <message>
        <source>No ID card reader plugin &apos;%1&apos; was found (searched: %2).</source>
        <translation>未找到身份证阅读器插件“%1”（已查找：%2）。</translation>
    </message>
    <message>
        <source>The reader plugin &apos;%1&apos; could not be loaded: %2</source>
        <translation>无法加载阅读器插件“%1”：%2</translation>
    </message>
    <message>
        <source>The plugin &apos;%1&apos; is not an ID card reader plugin.</source>
        <translation>插件“%1”不是身份证阅读器插件。</translation>
    </message>
    <message>
        <source>Not a scanner plugin (interface %1).</source>
        <translation>不是扫描仪插件（接口 %1）。</translation>
    </message>
    <message>
        <source>The plugin &apos;%1&apos; was built for scanner API version %2; this program uses version %3.</source>
        <translation>插件“%1”按扫描仪接口第 %2 版编译；本程序使用第 %3 版。</translation>
    </message>
    <message>
        <source>No scanner plugin &apos;%1&apos; was found (searched: %2).</source>
        <translation>未找到扫描仪插件“%1”（已查找：%2）。</translation>
    </message>
    <message>
        <source>The scanner plugin &apos;%1&apos; could not be loaded: %2</source>
        <translation>无法加载扫描仪插件“%1”：%2</translation>
    </message>
    <message>
        <source>The plugin &apos;%1&apos; is not a scanner plugin.</source>
        <translation>插件“%1”不是扫描仪插件。</translation>
    </message>
</context>
<context>
    <name>yc::devices::ScannerService</name>
    <message>
        <source>The scanner plugin &apos;%1&apos; could not create a scanner.</source>
        <translation>扫描仪插件“%1”无法创建扫描仪。</translation>
    </message>
    <message>
        <source>The scanner is busy with a scan.</source>
        <translation>扫描仪正在扫描。</translation>
    </message>
</context>
<context>
    <name>yc::devices::WltPhotoDecoder</name>
    <message>
        <source>No photo decoder library (%1) is installed.</source>
        <translation>未安装相片解码库（%1）。</translation>
    </message>
    <message>
        <source>The photo decoder library %1 has no unpack function.</source>
        <translation>相片解码库 %1 中没有 unpack 函数。</translation>
    </message>
    <message>
        <source>The card photo has %1 bytes instead of 1024.</source>
        <translation>证件相片为 %1 字节，而不是 1024 字节。</translation>
    </message>
    <message>
        <source>The photo decoder could not decode the card photo (code %1).</source>
        <translation>相片解码库无法解码证件相片（返回码 %1）。</translation>
    </message>
</context>
<context>
    <name>yc::documents::GuidePdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Service guide: %1</source>
        <translation>办事指南：%1</translation>
    </message>
    <message>
        <source>Service guide</source>
        <translation>办事指南</translation>
    </message>
    <message>
        <source>Cannot start the PDF %1.</source>
        <translation>无法开始生成 PDF 文件 %1。</translation>
    </message>
    <message>
        <source>Catalog version %1, item version %2</source>
        <translation>目录版本 %1，事项版本 %2</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>打印日期 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>yc::documents::NoticePdf</name>
    <message>
        <source>Cannot start the PDF of a notice.</source>
        <translation>无法开始生成通知书 PDF。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>yc::documents::NoticeTemplate</name>
    <message>
        <source>The notice templates are missing from the program.</source>
        <translation>程序中缺少通知书模板。</translation>
    </message>
    <message>
        <source>The notice templates are not readable.</source>
        <translation>通知书模板无法读取。</translation>
    </message>
    <message>
        <source>The notice templates have no text for &quot;%1&quot;.</source>
        <translation>通知书模板中没有“%1”的文字。</translation>
    </message>
</context>
<context>
    <name>yc::documents::PdfTextMap</name>
    <message>
        <source>The PDF&apos;s text map has a form this program cannot read; copied text may be wrong.</source>
        <translation>PDF 的文字映射格式无法识别，复制出的文字可能有误。</translation>
    </message>
</context>
<context>
    <name>yc::documents::QrCode</name>
    <message>
        <source>There is nothing to put into the QR code.</source>
        <translation>没有可写入二维码的内容。</translation>
    </message>
    <message>
        <source>The QR code module size must be between 1 and 64 pixels.</source>
        <translation>二维码模块大小须在 1 到 64 像素之间。</translation>
    </message>
    <message>
        <source>The text is too long for a QR code.</source>
        <translation>内容过长，无法生成二维码。</translation>
    </message>
</context>
<context>
    <name>yc::documents::ScanPdf</name>
    <message>
        <source>Scanned page %1 is damaged and was not added.</source>
        <translation>第 %1 页扫描数据损坏，未加入。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>There are no pages to write.</source>
        <translation>没有可写入的页面。</translation>
    </message>
</context>
<context>
    <name>yc::identity::CardDecoder</name>
    <message>
        <source>The card&apos;s text block has %1 bytes instead of 256.</source>
        <translation>证件文字信息为 %1 字节，而不是 256 字节。</translation>
    </message>
    <message>
        <source>The card&apos;s %1 is not a valid date.</source>
        <translation>证件的%1不是有效日期。</translation>
    </message>
    <message>
        <source>The card type flag &apos;%1&apos; is not known (blank, J or I expected).</source>
        <translation>未知的证件类型标识“%1”（应为空白、J 或 I）。</translation>
    </message>
    <message>
        <source>birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>start of validity</source>
        <translation>有效期起始日期</translation>
    </message>
    <message>
        <source>end of validity</source>
        <translation>有效期截止日期</translation>
    </message>
    <message>
        <source>The card&apos;s ID number is not valid: %1</source>
        <translation>证件号码无效：%1</translation>
    </message>
</context>
<context>
    <name>yc::identity::IdentityValidator</name>
    <message>
        <source>The birth date %1 (characters %2–%3) is not a real calendar date.</source>
        <translation>出生日期 %1（第 %2–%3 位）不是真实的日历日期。</translation>
    </message>
    <message>
        <source>The birth date %1 (characters %2–%3) lies in the future.</source>
        <translation>出生日期 %1（第 %2–%3 位）晚于今天。</translation>
    </message>
    <message numerus="yes">
        <source>The number has %n character(s); this kind of number has 18.</source>
        <translation>
            <numerusform>号码有 %n 位；此类号码应为 18 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) must be a digit.</source>
        <translation>第 %1 位（“%2”）必须是数字。</translation>
    </message>
    <message>
        <source>Character 18 (&apos;%1&apos;) must be a digit or X.</source>
        <translation>第 18 位（“%1”）必须是数字或 X。</translation>
    </message>
    <message>
        <source>Character 1 (&apos;%1&apos;) must be 9 on a foreign permanent resident card.</source>
        <translation>外国人永久居留身份证号码第 1 位（“%1”）必须是 9。</translation>
    </message>
    <message>
        <source>Characters 2–3 (%1) are not a GB/T 2260 province code.</source>
        <translation>第 2–3 位（%1）不是 GB/T 2260 省级代码。</translation>
    </message>
    <message>
        <source>Characters 4–6 (%1) are not a GB/T 2659 numeric country code.</source>
        <translation>第 4–6 位（%1）不是 GB/T 2659 数字国家代码。</translation>
    </message>
    <message>
        <source>The area code %1 (characters 1–6) is not 810000, 820000 or 830000, the codes of the residence permits for Hong Kong, Macao and Taiwan residents.</source>
        <translation>地址码 %1（第 1–6 位）不是港澳台居民居住证使用的 810000、820000 或 830000。</translation>
    </message>
    <message>
        <source>The area code %1 (characters 1–6) belongs to a residence permit for Hong Kong, Macao or Taiwan residents, not to a resident ID card.</source>
        <translation>地址码 %1（第 1–6 位）属于港澳台居民居住证，而不是居民身份证。</translation>
    </message>
    <message>
        <source>Character 1 is 9: this is a foreign permanent resident card number, not a resident ID number.</source>
        <translation>第 1 位是 9：这是外国人永久居留身份证号码，不是公民身份号码。</translation>
    </message>
    <message>
        <source>The area code %1 (characters 1–6) is not a GB/T 2260 code, current or historical.</source>
        <translation>地址码 %1（第 1–6 位）不是 GB/T 2260 中现行或历史上的行政区划代码。</translation>
    </message>
    <message>
        <source>The check character (character 18) is %1, but the first 17 characters give %2.</source>
        <translation>校验码（第 18 位）是 %1，但按前 17 位计算应为 %2。</translation>
    </message>
    <message numerus="yes">
        <source>The number has %n character(s); a foreign permanent resident card number has 15 (2017 card) or 18 (2023 card).</source>
        <translation>
            <numerusform>号码有 %n 位；外国人永久居留身份证号码应为 15 位（2017 版）或 18 位（2023 版）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) must be a Latin letter (the country code).</source>
        <translation>第 %1 位（“%2”）必须是拉丁字母（国籍代码）。</translation>
    </message>
    <message>
        <source>Characters 1–3 (%1) are not a GB/T 2659 country code.</source>
        <translation>第 1–3 位（%1）不是 GB/T 2659 国家代码。</translation>
    </message>
    <message numerus="yes">
        <source>The code has %n character(s); a unified social credit code has 18.</source>
        <translation>
            <numerusform>代码有 %n 位；统一社会信用代码应为 18 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) is not allowed in a unified social credit code (digits and capital letters except I, O, S, V and Z).</source>
        <translation>统一社会信用代码中不允许出现第 %1 位的“%2”（只允许数字和除 I、O、S、V、Z 以外的大写字母）。</translation>
    </message>
    <message>
        <source>Unknown document type &apos;%1&apos;: use passport or travel-permit.</source>
        <translation>未知证件类型“%1”：请使用 passport 或 travel-permit。</translation>
    </message>
    <message numerus="yes">
        <source>The number has %n character(s); a passport or travel permit number has 5 to 20.</source>
        <translation>
            <numerusform>号码有 %n 位；护照或通行证号码应为 5 至 20 位。</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) must be a digit or a Latin letter.</source>
        <translation>第 %1 位（“%2”）必须是数字或拉丁字母。</translation>
    </message>
    <message>
        <source>The issuing country is missing (a GB/T 2659 three-letter code).</source>
        <translation>缺少签发国家（GB/T 2659 三字母代码）。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a GB/T 2659 country code.</source>
        <translation>“%1”不是 GB/T 2659 国家代码。</translation>
    </message>
    <message>
        <source>The number is empty.</source>
        <translation>号码为空。</translation>
    </message>
    <message numerus="yes">
        <source>The number has %n character(s); resident ID numbers, residence permit numbers, 2023 foreign permanent resident card numbers and unified social credit codes have 18, 2017 foreign permanent resident card numbers 15.</source>
        <translation>
            <numerusform>号码有 %n 位；公民身份号码、居住证号码、2023 版外国人永久居留身份证号码和统一社会信用代码为 18 位，2017 版外国人永久居留身份证号码为 15 位。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yc::intake::CaseDecider</name>
    <message>
        <source>The applicant is not recorded yet.</source>
        <translation>尚未录入申请人。</translation>
    </message>
    <message>
        <source>Answer every situation of the item first: %1</source>
        <translation>请先回答该事项的全部情形：%1</translation>
    </message>
    <message>
        <source>Not every material is there (%1): notify a correction, or accept with missing materials where the item allows it.</source>
        <translation>材料不齐（%1）：请出具补正告知，或在事项允许时容缺受理。</translation>
    </message>
    <message>
        <source>Materials marked to follow later (%1) need an acceptance with missing materials, approved by a supervisor.</source>
        <translation>标记为后补的材料（%1）须经窗口负责人审批后容缺受理。</translation>
    </message>
    <message>
        <source>A %1 needs a supervisor&apos;s approval of this case: ask a supervisor to approve it here or through the platform.</source>
        <translation>%1须经窗口负责人审批：请负责人在本机或通过平台审批。</translation>
    </message>
    <message>
        <source>The supervisor has not answered the request for approval yet.</source>
        <translation>负责人尚未答复审批申请。</translation>
    </message>
    <message>
        <source>The supervisor did not approve it.</source>
        <translation>负责人未予批准。</translation>
    </message>
    <message>
        <source>The supervisor did not approve it: %1</source>
        <translation>负责人未予批准：%1</translation>
    </message>
    <message>
        <source>The case changed after the supervisor approved it: ask for approval again.</source>
        <translation>负责人批准后办件已有改动：请重新申请审批。</translation>
    </message>
    <message>
        <source>This approval was used already.</source>
        <translation>该审批已被使用。</translation>
    </message>
    <message>
        <source>%1 is handled on the spot (即办件): complete it at the window.</source>
        <translation>%1 为即办件：请在窗口当场办结。</translation>
    </message>
    <message>
        <source>The catalog gives %1 no time limit; the promised date cannot be set.</source>
        <translation>目录未规定 %1 的办理时限，无法确定承诺办结日。</translation>
    </message>
    <message>
        <source>%1 is not handled on the spot: accept it with its promised date.</source>
        <translation>%1 不是即办件：请按承诺时限受理。</translation>
    </message>
    <message>
        <source>Record what was handed over to the applicant (the certificate, stamp or record).</source>
        <translation>请记录当场交付给申请人的结果（证照、盖章或记录）。</translation>
    </message>
    <message>
        <source>No material is missing or deficient: there is nothing to correct.</source>
        <translation>没有缺少或不合格的材料，无需补正。</translation>
    </message>
    <message>
        <source>A refusal states its category and its reason; save them first.</source>
        <translation>不予受理须写明类别和理由，请先保存。</translation>
    </message>
    <message>
        <source>Not every material is there or deferred (%1): notify a correction instead.</source>
        <translation>有材料既未提交也未容缺（%1）：请改为出具补正告知。</translation>
    </message>
    <message>
        <source>No material is marked to follow later: accept the case as it is.</source>
        <translation>没有标记为后补的材料：请直接受理。</translation>
    </message>
    <message>
        <source>No official case number of %1 is left on this PC: connect to the platform so that the window receives new numbers.</source>
        <translation>本机已无 %1 年的正式受理编号：请连接平台以获取新编号。</translation>
    </message>
    <message>
        <source>Only a decided case has notices.</source>
        <translation>只有已作出决定的办件才有通知书。</translation>
    </message>
</context>
<context>
    <name>yc::intake::CaseRating</name>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Choose one of the five ratings.</source>
        <translation>请选择五个评价等级之一。</translation>
    </message>
    <message>
        <source>Please say what was not satisfactory: a rating of &quot;%1&quot; is taken with its reason.</source>
        <translation>请说明不满意之处：评价为&quot;%1&quot;须填写原因。</translation>
    </message>
    <message>
        <source>Only a decided case can be rated.</source>
        <translation>只有已作出决定的办件才能评价。</translation>
    </message>
    <message>
        <source>This case has already been rated.</source>
        <translation>该办件已评价过。</translation>
    </message>
</context>
<context>
    <name>yc::intake::Checklist</name>
    <message>
        <source>The item %1 has no situation &quot;%2&quot;.</source>
        <translation>事项 %1 没有情形“%2”。</translation>
    </message>
    <message>
        <source>The situation &quot;%1&quot; has no option &quot;%2&quot;.</source>
        <translation>情形“%1”没有选项“%2”。</translation>
    </message>
</context>
<context>
    <name>yc::intake::IdentityProof</name>
    <message>
        <source>a temporary resident ID card still valid</source>
        <translation>有效期内的临时居民身份证</translation>
    </message>
    <message>
        <source>the household register with the applicant&apos;s page</source>
        <translation>户口簿（含申请人本人页）</translation>
    </message>
    <message>
        <source>a passport still valid</source>
        <translation>有效期内的护照</translation>
    </message>
    <message>
        <source>The ID card expired on %1: it proves identity only for renewing or replacing the card.</source>
        <translation>该身份证已于 %1 过期，仅可用于办理换领、补领身份证。</translation>
    </message>
    <message>
        <source>The ID card expired on %1 and does not prove identity for %2. Ask the applicant for one of: %3.</source>
        <translation>该身份证已于 %1 过期，不能用于办理&quot;%2&quot;的身份核验。请申请人提供以下任一证件：%3。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>yc::intake::IntakeLabels</name>
    <message>
        <source>Unknown %1 &quot;%2&quot;.</source>
        <translation>未知的%1“%2”。</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>未提交</translation>
    </message>
    <message>
        <source>scanned</source>
        <translation>已扫描</translation>
    </message>
    <message>
        <source>file handed in</source>
        <translation>已提交文件</translation>
    </message>
    <message>
        <source>from the licence library</source>
        <translation>取自电子证照库</translation>
    </message>
    <message>
        <source>reused from an earlier case</source>
        <translation>复用以往办件材料</translation>
    </message>
    <message>
        <source>original seen and returned</source>
        <translation>原件已核验并退还</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>容缺后补</translation>
    </message>
    <message>
        <source>deficient</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>The matter needs no licence</source>
        <translation>申请事项依法不需要取得行政许可</translation>
    </message>
    <message>
        <source>Not within this department&apos;s remit</source>
        <translation>不属于本行政机关职权范围</translation>
    </message>
    <message>
        <source>The applicant does not meet the acceptance conditions</source>
        <translation>申请人不符合受理条件</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>其他理由</translation>
    </message>
    <message>
        <source>refusal</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>acceptance with missing materials</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <source>Choose the item first.</source>
        <translation>请先选择事项。</translation>
    </message>
    <message>
        <source>A supervisor never approves a case they take in themselves: another supervisor approves it.</source>
        <translation>负责人不能审批本人受理的办件，须由其他负责人审批。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a key material: it cannot follow later (容缺).</source>
        <translation>“%1”是关键材料，不能容缺后补。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a deferred material needs a due date after today.</source>
        <translation>“%1”：容缺材料须设定晚于今天的补交日期。</translation>
    </message>
</context>
<context>
    <name>yc::intake::IntakeSession</name>
    <message>
        <source>%1 is a main item: choose one of its handling variants.</source>
        <translation>%1 是主项，请选择其办理项。</translation>
    </message>
    <message>
        <source>%1 (version %2) is not in force today.</source>
        <translation>%1（版本 %2）今天不在有效期内。</translation>
    </message>
    <message>
        <source>The material &quot;%1&quot; is not on this case&apos;s checklist.</source>
        <translation>材料“%1”不在本办件的材料清单中。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a scanned or handed-in material needs its file.</source>
        <translation>“%1”：扫描或提交的材料须附文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be taken from the licence library.</source>
        <translation>“%1”不能从电子证照库调取。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: name the licence taken from the library.</source>
        <translation>“%1”：请注明调取的电子证照。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the earlier material %2 is not in this store.</source>
        <translation>“%1”：本机没有以往材料 %2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: only a file of an earlier, decided case can be reused.</source>
        <translation>“%1”：只能复用以往已决定办件的文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: say what is wrong with the material.</source>
        <translation>“%1”：请说明材料存在的问题。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a form field name (letters, digits, _ . -, up to 64).</source>
        <translation>“%1”不是有效的表单字段名（字母、数字、_ . -，最多 64 个）。</translation>
    </message>
    <message>
        <source>The form field &quot;%1&quot; is longer than 4000 characters.</source>
        <translation>表单字段“%1”超过 4000 个字符。</translation>
    </message>
    <message>
        <source>A refusal states its reason in full, whatever its category.</source>
        <translation>不予受理须完整写明理由，无论属于哪一类别。</translation>
    </message>
</context>
<context>
    <name>yc::intake::PartyCheck</name>
    <message>
        <source>An agent acts with their own identity: a person, not an organisation.</source>
        <translation>代理人以本人身份办理：须为自然人，不能是单位。</translation>
    </message>
    <message>
        <source>Unknown document type &quot;%1&quot;: use resident, permit, foreign, passport or credit-code.</source>
        <translation>未知证件类型“%1”：请使用 resident、permit、foreign、passport 或 credit-code。</translation>
    </message>
    <message>
        <source>An organisation is identified by its unified social credit code.</source>
        <translation>单位以统一社会信用代码标识。</translation>
    </message>
    <message>
        <source>A person is identified by a personal document, not a unified social credit code.</source>
        <translation>自然人以个人证件标识，不能使用统一社会信用代码。</translation>
    </message>
    <message>
        <source>The agent needs a name and a document number.</source>
        <translation>代理人须有姓名和证件号码。</translation>
    </message>
    <message>
        <source>The applicant needs a name and a document number.</source>
        <translation>申请人须有姓名和证件号码。</translation>
    </message>
    <message>
        <source>A passport number has 5 to 20 digits and Latin letters.</source>
        <translation>护照号码由 5 至 20 位数字和拉丁字母组成。</translation>
    </message>
</context>
<context>
    <name>yc::intake::SupervisorApprovals</name>
    <message>
        <source>Save the refusal&apos;s category and reason before asking for approval.</source>
        <translation>申请审批前请先保存不予受理的类别和理由。</translation>
    </message>
    <message>
        <source>No material is marked to follow later: there is nothing to approve.</source>
        <translation>没有标记为后补的材料，无需审批。</translation>
    </message>
    <message>
        <source>%1 is not a supervisor: only a supervisor approves this.</source>
        <translation>%1 不是窗口负责人：只有负责人可以审批。</translation>
    </message>
    <message>
        <source>No remote approval with id %1 was asked at this window.</source>
        <translation>本窗口没有申请过 ID 为 %1 的远程审批。</translation>
    </message>
</context>
<context>
    <name>yc::materials::FileSniffer</name>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 图像</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation>TIFF 图像</translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation>空文件</translation>
    </message>
    <message>
        <source>an ELF executable</source>
        <translation>ELF 可执行程序</translation>
    </message>
    <message>
        <source>a Windows executable</source>
        <translation>Windows 可执行程序</translation>
    </message>
    <message>
        <source>a macOS executable</source>
        <translation>macOS 可执行程序</translation>
    </message>
    <message>
        <source>a script</source>
        <translation>脚本</translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation>ZIP 压缩包</translation>
    </message>
    <message>
        <source>an Office document</source>
        <translation>Office 文档</translation>
    </message>
    <message>
        <source>an old-format Office document</source>
        <translation>旧格式 Office 文档</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>RAR 压缩包</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 压缩包</translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation>gzip 压缩文件</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 图像</translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation>BMP 图像</translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation>WebP 图像</translation>
    </message>
    <message>
        <source>a HEIC/AVIF photo</source>
        <translation>HEIC/AVIF 照片</translation>
    </message>
    <message>
        <source>an OFD document</source>
        <translation>OFD 文档</translation>
    </message>
    <message>
        <source>an HTML web page</source>
        <translation>HTML 网页</translation>
    </message>
    <message>
        <source>an XML document</source>
        <translation>XML 文档</translation>
    </message>
    <message>
        <source>a plain text file</source>
        <translation>纯文本文件</translation>
    </message>
    <message>
        <source>a file of unknown type</source>
        <translation>未知类型的文件</translation>
    </message>
</context>
<context>
    <name>yc::materials::JpegParser</name>
    <message>
        <source>The JPEG image is incomplete (the file was cut short); copy or scan it again.</source>
        <translation>该 JPEG 图像不完整（文件被截断），请重新复制或扫描。</translation>
    </message>
    <message>
        <source>The JPEG image is damaged (its internal structure is broken).</source>
        <translation>该 JPEG 图像已损坏（内部结构被破坏）。</translation>
    </message>
</context>
<context>
    <name>yc::materials::MaterialArchive</name>
    <message>
        <source>The material has no pages to store.</source>
        <translation>该材料没有可保存的页面。</translation>
    </message>
    <message>
        <source>The material has %1 pages; at most %2 pages are allowed.</source>
        <translation>该材料共 %1 页，最多允许 %2 页。</translation>
    </message>
</context>
<context>
    <name>yc::materials::MaterialImporter</name>
    <message>
        <source>The material has %1 pages; at most %2 pages are allowed.</source>
        <translation>该材料共 %1 页，最多允许 %2 页。</translation>
    </message>
    <message>
        <source>This file is empty (0 bytes); nothing was added.</source>
        <translation>该文件为空（0 字节），未添加任何内容。</translation>
    </message>
    <message>
        <source>This file is %1 (renamed .%2); only PDF, JPEG, PNG and TIFF files are accepted.</source>
        <translation>该文件实际是%1（被改名为 .%2）；只接受 PDF、JPEG、PNG 和 TIFF 文件。</translation>
    </message>
    <message>
        <source>This file is %1; only PDF, JPEG, PNG and TIFF files are accepted.</source>
        <translation>该文件是%1；只接受 PDF、JPEG、PNG 和 TIFF 文件。</translation>
    </message>
    <message>
        <source>The file is %1 MB; files of at most %2 MB are accepted.</source>
        <translation>该文件大小为 %1 MB，只接受不超过 %2 MB 的文件。</translation>
    </message>
    <message>
        <source>This file type is not accepted.</source>
        <translation>不接受此类型的文件。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>无法读取该文件：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The image is %1 x %2 pixels; images of at most %3 megapixels are accepted.</source>
        <translation>该图像为 %1 × %2 像素，只接受不超过 %3 百万像素的图像。</translation>
    </message>
    <message>
        <source>The image cannot be read (%1); it is damaged or in an unusual variant of its format.</source>
        <translation>无法读取该图像（%1），图像已损坏或使用了不常见的格式变体。</translation>
    </message>
    <message>
        <source>Page %1 of the image cannot be read: %2</source>
        <translation>无法读取图像第 %1 页：%2</translation>
    </message>
    <message>
        <source>The image holds no pages.</source>
        <translation>该图像不含任何页面。</translation>
    </message>
    <message>
        <source>The PDF is encrypted or password-protected; ask for an unprotected copy.</source>
        <translation>该 PDF 已加密或设有密码，请索取未加密的文件。</translation>
    </message>
    <message>
        <source>The PDF file cannot be opened; it is damaged or uses features that are not supported.</source>
        <translation>无法打开该 PDF 文件，文件已损坏或使用了不支持的功能。</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>该 PDF 没有页面。</translation>
    </message>
    <message>
        <source>Page %1 of the PDF is too large to be a document page.</source>
        <translation>PDF 第 %1 页尺寸过大，不是文件页面。</translation>
    </message>
    <message>
        <source>Page %1 of the PDF cannot be shown.</source>
        <translation>无法显示 PDF 第 %1 页。</translation>
    </message>
</context>
<context>
    <name>yc::materials::PageList</name>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
</context>
<context>
    <name>yc::materials::PdfStructure</name>
    <message>
        <source>The PDF file is damaged (%1); ask for an undamaged copy or scan the paper.</source>
        <translation>该 PDF 文件已损坏（%1），请索取完好的文件或扫描纸质材料。</translation>
    </message>
    <message>
        <source>it has no cross-reference table; the file may be incomplete</source>
        <translation>缺少交叉引用表，文件可能不完整</translation>
    </message>
    <message>
        <source>it ends early, without the end-of-file mark</source>
        <translation>文件提前结束，缺少文件结束标记</translation>
    </message>
    <message>
        <source>the cross-reference offset is missing</source>
        <translation>缺少交叉引用表位置</translation>
    </message>
    <message>
        <source>the cross-reference table is broken</source>
        <translation>交叉引用表已损坏</translation>
    </message>
    <message>
        <source>the cross-reference table points to the wrong places</source>
        <translation>交叉引用表指向了错误的位置</translation>
    </message>
    <message>
        <source>the trailer is unreadable</source>
        <translation>文件尾无法读取</translation>
    </message>
    <message>
        <source>the cross-reference stream is broken</source>
        <translation>交叉引用流已损坏</translation>
    </message>
    <message>
        <source>it names no document catalog</source>
        <translation>未指明文档目录</translation>
    </message>
    <message>
        <source>its document catalog is missing</source>
        <translation>文档目录缺失</translation>
    </message>
</context>
<context>
    <name>yc::plugins::idcard::CardText</name>
    <message>
        <source>Unknown card type &apos;%1&apos; (resident, permit or foreign).</source>
        <translation>未知证件类型“%1”（应为 resident、permit 或 foreign）。</translation>
    </message>
    <message>
        <source>The card has no idNumber.</source>
        <translation>证件缺少 idNumber。</translation>
    </message>
</context>
<context>
    <name>yc::plugins::idcard::FrameParser</name>
    <message>
        <source>The reader sent a frame with an impossible length (%1 bytes).</source>
        <translation>阅读器发来的帧长度不可能（%1 字节）。</translation>
    </message>
    <message>
        <source>The reader sent a frame with a wrong checksum.</source>
        <translation>阅读器发来的帧校验和错误。</translation>
    </message>
</context>
<context>
    <name>yc::plugins::idcard::Ga467</name>
    <message>
        <source>Operation succeeded.</source>
        <translation>操作成功。</translation>
    </message>
    <message>
        <source>A card was found.</source>
        <translation>找到证件。</translation>
    </message>
    <message>
        <source>The reader received a command with a wrong checksum.</source>
        <translation>阅读器收到的命令校验和错误。</translation>
    </message>
    <message>
        <source>The reader received a command with a wrong length.</source>
        <translation>阅读器收到的命令长度错误。</translation>
    </message>
    <message>
        <source>The reader does not know this command.</source>
        <translation>阅读器不认识此命令。</translation>
    </message>
    <message>
        <source>The reader reported an unknown error.</source>
        <translation>阅读器报告未知错误。</translation>
    </message>
    <message>
        <source>The card failed to authenticate the reader.</source>
        <translation>证件对阅读器的认证失败。</translation>
    </message>
    <message>
        <source>The reader failed to authenticate the card.</source>
        <translation>阅读器对证件的认证失败。</translation>
    </message>
    <message>
        <source>The reader&apos;s verification of the card failed.</source>
        <translation>阅读器对证件的验证失败。</translation>
    </message>
    <message>
        <source>This card type cannot be read.</source>
        <translation>无法读取此类证件。</translation>
    </message>
    <message>
        <source>Reading the card failed; keep the card still on the reader and try again.</source>
        <translation>读证失败；请将证件平稳放在阅读器上再试一次。</translation>
    </message>
    <message>
        <source>The card could not produce a random number.</source>
        <translation>证件无法产生随机数。</translation>
    </message>
    <message>
        <source>The reader&apos;s security module failed its self-test.</source>
        <translation>阅读器安全模块自检失败。</translation>
    </message>
    <message>
        <source>The reader&apos;s security module is not authorised.</source>
        <translation>阅读器安全模块未获授权。</translation>
    </message>
    <message>
        <source>No card on the reader.</source>
        <translation>阅读器上没有证件。</translation>
    </message>
    <message>
        <source>Selecting the card failed; place the card again.</source>
        <translation>选证失败；请重新放置证件。</translation>
    </message>
    <message>
        <source>The reader answered with the unknown status code %1.</source>
        <translation>阅读器返回未知状态码 %1。</translation>
    </message>
    <message>
        <source>The reader&apos;s card data is too short (%1 bytes).</source>
        <translation>阅读器返回的证件数据过短（%1 字节）。</translation>
    </message>
    <message>
        <source>The reader&apos;s card text block has %1 bytes instead of 256.</source>
        <translation>阅读器返回的文字信息为 %1 字节，而不是 256 字节。</translation>
    </message>
    <message>
        <source>The reader&apos;s photo block has %1 bytes instead of 1024.</source>
        <translation>阅读器返回的相片为 %1 字节，而不是 1024 字节。</translation>
    </message>
    <message>
        <source>The reader&apos;s fingerprint block has %1 bytes (0, 512 or 1024 expected).</source>
        <translation>阅读器返回的指纹信息为 %1 字节（应为 0、512 或 1024 字节）。</translation>
    </message>
    <message>
        <source>The reader&apos;s card data has %1 bytes; its block lengths add up to %2.</source>
        <translation>阅读器返回的证件数据为 %1 字节，而各段长度之和为 %2。</translation>
    </message>
    <message>
        <source>The reader sent a frame too short for a reply.</source>
        <translation>阅读器发来的帧太短，不是有效的应答。</translation>
    </message>
</context>
<context>
    <name>yc::plugins::idcard::SamSerialPlugin</name>
    <message>
        <source>GA/T 467 serial reader</source>
        <translation>GA/T 467 串口阅读器</translation>
    </message>
</context>
<context>
    <name>yc::plugins::idcard::SamSerialReader</name>
    <message>
        <source>The serial port %1 cannot be opened: %2</source>
        <translation>无法打开串口 %1：%2</translation>
    </message>
    <message>
        <source>The serial port %1 was lost: %2</source>
        <translation>串口 %1 已断开：%2</translation>
    </message>
    <message>
        <source>No ID card reader answered on any serial port.%1</source>
        <translation>所有串口上都没有身份证阅读器应答。%1</translation>
    </message>
    <message>
        <source>The reader on %1 did not answer within %2 ms.</source>
        <translation>%1 上的阅读器在 %2 毫秒内没有应答。</translation>
    </message>
    <message>
        <source>No ID card reader answered on %1: %2</source>
        <translation>%1 上没有身份证阅读器应答：%2</translation>
    </message>
    <message>
        <source>The device on %1 answered the status command with: %2</source>
        <translation>%1 上的设备对状态命令的应答为：%2</translation>
    </message>
    <message>
        <source>No card was placed on the reader within %1 seconds.</source>
        <translation>%1 秒内没有在阅读器上放置证件。</translation>
    </message>
    <message>
        <source>The reader is not open.</source>
        <translation>阅读器未打开。</translation>
    </message>
</context>
<context>
    <name>yc::plugins::idcard::SimulatedPlugin</name>
    <message>
        <source>Simulated reader (training)</source>
        <translation>模拟阅读器（培训）</translation>
    </message>
</context>
<context>
    <name>yc::plugins::idcard::SimulatedReader</name>
    <message>
        <source>The file holds no complete reader frame.</source>
        <translation>文件中没有完整的阅读器帧。</translation>
    </message>
    <message>
        <source>The card source %1 cannot be read: %2</source>
        <translation>无法读取证件来源 %1：%2</translation>
    </message>
    <message>
        <source>The card file %1 is not valid JSON: %2</source>
        <translation>证件文件 %1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The card source %1 holds no card.</source>
        <translation>证件来源 %1 中没有证件。</translation>
    </message>
    <message>
        <source>The reader is not open.</source>
        <translation>阅读器未打开。</translation>
    </message>
</context>
<context>
    <name>yc::plugins::idcard::TermbLibrary</name>
    <message>
        <source>The vendor reader library %1 is not installed (%2).</source>
        <translation>未安装厂商阅读器库 %1（%2）。</translation>
    </message>
    <message>
        <source>The vendor reader library %1 lacks the functions %2.</source>
        <translation>厂商阅读器库 %1 缺少函数 %2。</translation>
    </message>
</context>
<context>
    <name>yc::plugins::idcard::TermbPlugin</name>
    <message>
        <source>Vendor reader library (termb)</source>
        <translation>厂商阅读器库（termb）</translation>
    </message>
</context>
<context>
    <name>yc::plugins::idcard::TermbReader</name>
    <message>
        <source>The termb port must be a number (1–16 serial, 1001–1016 USB), not &apos;%1&apos;.</source>
        <translation>termb 端口必须是数字（1–16 为串口，1001–1016 为 USB），而不是“%1”。</translation>
    </message>
    <message>
        <source>The vendor library found no reader on port %1 (InitComm returned %2).</source>
        <translation>厂商库在端口 %1 上未找到阅读器（InitComm 返回 %2）。</translation>
    </message>
    <message>
        <source>The reader is not open.</source>
        <translation>阅读器未打开。</translation>
    </message>
    <message>
        <source>No temporary folder for the vendor library: %1</source>
        <translation>无法为厂商库创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>The vendor library could not read the card (Read_Content returned %1).</source>
        <translation>厂商库无法读取证件（Read_Content 返回 %1）。</translation>
    </message>
    <message>
        <source>The vendor library wrote %1 bytes of card text instead of 256.</source>
        <translation>厂商库写出的证件文字信息为 %1 字节，而不是 256 字节。</translation>
    </message>
    <message>
        <source>No card was placed on the reader within %1 seconds.</source>
        <translation>%1 秒内没有在阅读器上放置证件。</translation>
    </message>
</context>
<context>
    <name>yc::plugins::scanner::SanePlugin</name>
    <message>
        <source>Scanners through SANE</source>
        <translation>通过 SANE 连接的扫描仪</translation>
    </message>
</context>
<context>
    <name>yc::plugins::scanner::SaneRaster</name>
    <message>
        <source>The scanner sends %1 bits per sample, which is not supported.</source>
        <translation>扫描仪每个采样 %1 位，不受支持。</translation>
    </message>
    <message>
        <source>The scanner sends one-bit colour, which is not supported.</source>
        <translation>扫描仪发送 1 位彩色数据，不受支持。</translation>
    </message>
    <message>
        <source>The scanner announced an impossible page width (%1 pixels).</source>
        <translation>扫描仪报告了不可能的页面宽度（%1 像素）。</translation>
    </message>
    <message>
        <source>The scanner announced %1 bytes per line for %2 pixels.</source>
        <translation>扫描仪报告每行 %1 字节，对应 %2 像素。</translation>
    </message>
    <message>
        <source>The scanner announced an impossible page height (%1 lines).</source>
        <translation>扫描仪报告了不可能的页面高度（%1 行）。</translation>
    </message>
    <message>
        <source>The scanner changed the page format between colour passes.</source>
        <translation>扫描仪在各颜色扫描遍之间改变了页面格式。</translation>
    </message>
    <message>
        <source>The scanner sent data before the page began.</source>
        <translation>扫描仪在页面开始前发送了数据。</translation>
    </message>
    <message>
        <source>The scanner sent more data than the page can hold.</source>
        <translation>扫描仪发送的数据超出页面容量。</translation>
    </message>
    <message>
        <source>The scanner finished a page that never began.</source>
        <translation>扫描仪结束了一个未开始的页面。</translation>
    </message>
    <message>
        <source>The scanner stopped before all three colour passes.</source>
        <translation>扫描仪未完成三遍颜色扫描即停止。</translation>
    </message>
    <message>
        <source>The scanner sent an empty page.</source>
        <translation>扫描仪发送了空白页（无数据）。</translation>
    </message>
    <message>
        <source>The scanner&apos;s resolution is not known.</source>
        <translation>扫描仪分辨率未知。</translation>
    </message>
</context>
<context>
    <name>yc::plugins::scanner::SaneScanner</name>
    <message>
        <source>There is no paper in the scanner. Load the pages and scan again.</source>
        <translation>扫描仪中没有纸张。请放入文件后重新扫描。</translation>
    </message>
    <message>
        <source>Paper is jammed in the scanner&apos;s document feeder. Clear the jam and scan again.</source>
        <translation>扫描仪自动进纸器卡纸。请清除卡纸后重新扫描。</translation>
    </message>
    <message>
        <source>The scanner&apos;s cover is open. Close it and scan again.</source>
        <translation>扫描仪盖板未合上。请合上后重新扫描。</translation>
    </message>
    <message>
        <source>The scanner is busy; another program may be using it. Try again in a moment.</source>
        <translation>扫描仪忙，可能正被其他程序使用。请稍后再试。</translation>
    </message>
    <message>
        <source>The scanner stopped answering; it may have been disconnected or switched off. Check the cable and the power, then scan again.</source>
        <translation>扫描仪无响应，可能已断开连接或关机。请检查连接线和电源后重新扫描。</translation>
    </message>
    <message>
        <source>The scanner refused the request; it may have been disconnected, or it does not support these settings.</source>
        <translation>扫描仪拒绝了请求：可能已断开连接，或不支持这些设置。</translation>
    </message>
    <message>
        <source>Access to the scanner was denied; check the permissions of the device.</source>
        <translation>无权访问扫描仪，请检查设备权限。</translation>
    </message>
    <message>
        <source>The scanner driver ran out of memory.</source>
        <translation>扫描仪驱动内存不足。</translation>
    </message>
    <message>
        <source>The scanner does not support this operation.</source>
        <translation>扫描仪不支持此操作。</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>扫描已取消。</translation>
    </message>
    <message>
        <source>The scanner sent no more data.</source>
        <translation>扫描仪没有更多数据。</translation>
    </message>
    <message>
        <source>The scanner reported: %1</source>
        <translation>扫描仪报告：%1</translation>
    </message>
    <message>
        <source>The SANE library could not be started: %1</source>
        <translation>无法启动 SANE 库：%1</translation>
    </message>
    <message>
        <source>The scanner has no option &apos;%1&apos;.</source>
        <translation>扫描仪没有选项“%1”。</translation>
    </message>
    <message>
        <source>The scanner&apos;s option &apos;%1&apos; cannot be set now.</source>
        <translation>扫描仪选项“%1”当前无法设置。</translation>
    </message>
    <message>
        <source>The scanner&apos;s option &apos;%1&apos; takes a list of values, which cannot be set here.</source>
        <translation>扫描仪选项“%1”需要一组值，此处无法设置。</translation>
    </message>
    <message>
        <source>The scanner&apos;s option &apos;%1&apos; takes a number, not &apos;%2&apos;.</source>
        <translation>扫描仪选项“%1”需要数字，而不是“%2”。</translation>
    </message>
    <message>
        <source>The value for the scanner&apos;s option &apos;%1&apos; is too long.</source>
        <translation>扫描仪选项“%1”的值过长。</translation>
    </message>
    <message>
        <source>The scanner&apos;s option &apos;%1&apos; cannot be set here.</source>
        <translation>扫描仪选项“%1”无法在此设置。</translation>
    </message>
    <message>
        <source>The scanner refused &apos;%1&apos; for its option &apos;%2&apos;: %3</source>
        <translation>扫描仪不接受选项“%2”的值“%1”：%3</translation>
    </message>
    <message>
        <source>The scanner offers none of the needed scan modes (it offers: %1).</source>
        <translation>扫描仪不提供所需的扫描模式（它提供：%1）。</translation>
    </message>
    <message>
        <source>The scanner cannot scan black and white line art.</source>
        <translation>扫描仪不能进行黑白线条扫描。</translation>
    </message>
    <message>
        <source>The scanner has no document feeder.</source>
        <translation>扫描仪没有自动进纸器。</translation>
    </message>
    <message>
        <source>A scan is already running.</source>
        <translation>已有扫描正在进行。</translation>
    </message>
    <message>
        <source>No scanner was found. Is it connected and switched on?</source>
        <translation>未找到扫描仪。是否已连接并开机？</translation>
    </message>
    <message>
        <source>The scanner &apos;%1&apos; was not found. Is it connected and switched on?</source>
        <translation>未找到扫描仪“%1”。是否已连接并开机？</translation>
    </message>
    <message>
        <source>The scanner driver returned an impossible read length.</source>
        <translation>扫描仪驱动返回了不可能的读取长度。</translation>
    </message>
</context>
<context>
    <name>yc::plugins::scanner::SimulatedScanner</name>
    <message>
        <source>A scan is already running.</source>
        <translation>已有扫描正在进行。</translation>
    </message>
    <message>
        <source>The simulated scanner scans at %1 to %2 dpi, not %3.</source>
        <translation>模拟扫描仪的分辨率为 %1 至 %2 dpi，不能为 %3。</translation>
    </message>
    <message>
        <source>The simulated scanner takes &quot;sheets&quot; or a folder of images, not &apos;%1&apos;.</source>
        <translation>模拟扫描仪需要“sheets”或图像文件夹，而不是“%1”。</translation>
    </message>
    <message>
        <source>There is no paper in the simulated scanner.</source>
        <translation>模拟扫描仪中没有纸张。</translation>
    </message>
    <message>
        <source>The page image %1 cannot be read: %2</source>
        <translation>无法读取页面图像 %1：%2</translation>
    </message>
</context>
<context>
    <name>yc::plugins::scanner::SimulatedScannerPlugin</name>
    <message>
        <source>Simulated scanner (training)</source>
        <translation>模拟扫描仪（培训）</translation>
    </message>
</context>
<context>
    <name>yc::storage::ApplicantRepository</name>
    <message>
        <source>An applicant needs a document type, a document number and a name.</source>
        <translation>申请人须有证件类型、证件号码和姓名。</translation>
    </message>
    <message>
        <source>The applicant could not be saved</source>
        <translation>申请人信息保存失败</translation>
    </message>
    <message>
        <source>The applicant could not be read</source>
        <translation>申请人信息读取失败</translation>
    </message>
    <message>
        <source>The applicant could not be looked up</source>
        <translation>申请人查询失败</translation>
    </message>
    <message>
        <source>The applicant could not be removed</source>
        <translation>无法删除申请人</translation>
    </message>
    <message>
        <source>The applicant&apos;s earlier cases could not be read</source>
        <translation>无法读取该申请人的历史办件</translation>
    </message>
</context>
<context>
    <name>yc::storage::ApprovalRepository</name>
    <message>
        <source>An approval needs an id and a status.</source>
        <translation>审批需要编号和状态。</translation>
    </message>
    <message>
        <source>The approval could not be stored</source>
        <translation>审批无法保存</translation>
    </message>
    <message>
        <source>The approvals could not be read</source>
        <translation>审批记录无法读取</translation>
    </message>
</context>
<context>
    <name>yc::storage::AuditLog</name>
    <message>
        <source>The audit trail could not be written</source>
        <translation>审计记录无法写入</translation>
    </message>
    <message>
        <source>The audit trail could not be read</source>
        <translation>审计记录无法读取</translation>
    </message>
    <message>
        <source>The audit trail could not be updated</source>
        <translation>审计记录无法更新</translation>
    </message>
    <message>
        <source>entries %1 to %2 before it are missing</source>
        <translation>其前的第 %1 至 %2 条缺失</translation>
    </message>
    <message>
        <source>its number is out of order</source>
        <translation>其序号顺序错乱</translation>
    </message>
    <message>
        <source>it has no place in the chain (its hashes are missing)</source>
        <translation>它不在哈希链中（缺少哈希值）</translation>
    </message>
    <message>
        <source>it does not follow the entry before it (an entry was removed, inserted or moved before it, or the entry before it was changed)</source>
        <translation>它与前一条接不上（其前有记录被删除、插入或移动，或前一条被修改）</translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation>写入后内容被修改</translation>
    </message>
    <message>
        <source>entries %1 to %2 at the end are missing</source>
        <translation>末尾的第 %1 至 %2 条缺失</translation>
    </message>
</context>
<context>
    <name>yc::storage::CaseNumberLeases</name>
    <message>
        <source>The case numbers could not be counted</source>
        <translation>无法统计受理编号</translation>
    </message>
    <message>
        <source>The lease could not be stored</source>
        <translation>无法保存受理编号号段</translation>
    </message>
    <message>
        <source>No case number could be taken</source>
        <translation>无法取得受理编号</translation>
    </message>
    <message>
        <source>The case number leases could not be read</source>
        <translation>无法读取受理编号号段</translation>
    </message>
    <message>
        <source>The case number %1 is not in a lease of this window.</source>
        <translation>受理编号 %1 不在本窗口的号段内。</translation>
    </message>
    <message>
        <source>The case number could not be bound to the case</source>
        <translation>无法将受理编号绑定到办件</translation>
    </message>
    <message>
        <source>The case number %1 is already used by another case.</source>
        <translation>受理编号 %1 已被其他办件使用。</translation>
    </message>
</context>
<context>
    <name>yc::storage::CaseRepository</name>
    <message>
        <source>A case needs an item code, a clerk and a decision.</source>
        <translation>案件需要事项编码、受理人员和处理决定。</translation>
    </message>
    <message>
        <source>The case could not be looked up</source>
        <translation>无法查询该案件</translation>
    </message>
    <message>
        <source>The case could not be recorded</source>
        <translation>无法记录该案件</translation>
    </message>
    <message>
        <source>The case could not be read</source>
        <translation>无法读取该案件</translation>
    </message>
    <message>
        <source>The material could not be updated</source>
        <translation>无法更新该材料</translation>
    </message>
    <message>
        <source>The case could not be updated</source>
        <translation>无法更新该案件</translation>
    </message>
    <message>
        <source>The situations of a case are unreadable.</source>
        <translation>办件的情形选项无法读取。</translation>
    </message>
    <message>
        <source>No case or draft with id %1.</source>
        <translation>没有编号为 %1 的办件或草稿。</translation>
    </message>
    <message>
        <source>The case %1 is decided already.</source>
        <translation>办件 %1 已作出受理决定。</translation>
    </message>
    <message>
        <source>A case needs an item, an applicant and a clerk before it is decided.</source>
        <translation>办件须有事项、申请人和经办人后才能作出受理决定。</translation>
    </message>
    <message>
        <source>The cases could not be read</source>
        <translation>无法读取办件</translation>
    </message>
</context>
<context>
    <name>yc::storage::CatalogRepository</name>
    <message>
        <source>The delta changes catalog version %1, but this store holds version %2. Import the full catalog (or the deltas in between, in order).</source>
        <translation>该增量针对目录版本 %1，而本地目录为版本 %2。请导入全量目录（或按顺序导入中间的各个增量）。</translation>
    </message>
    <message>
        <source>Cannot read the catalog</source>
        <translation>无法读取目录</translation>
    </message>
    <message>
        <source>Cannot keep the earlier item versions</source>
        <translation>无法保留事项的历史版本</translation>
    </message>
    <message>
        <source>Cannot replace the catalog</source>
        <translation>无法替换目录</translation>
    </message>
    <message>
        <source>removed: the code %1 is not in catalog version %2</source>
        <translation>removed：目录版本 %2 中没有编码 %1</translation>
    </message>
    <message>
        <source>Cannot remove item %1</source>
        <translation>无法删除事项 %1</translation>
    </message>
    <message>
        <source>%1, field itemVersion: %2 is older than the version held (%3)</source>
        <translation>%1，字段 itemVersion：%2 低于本地已有的版本（%3）</translation>
    </message>
    <message>
        <source>Cannot store item %1</source>
        <translation>无法保存事项 %1</translation>
    </message>
    <message>
        <source>Cannot check the catalog</source>
        <translation>无法检查目录</translation>
    </message>
    <message>
        <source>item %1, field parentCode: no main item with code %2 in the catalog after the delta</source>
        <translation>事项 %1，字段 parentCode：应用增量后目录中没有编码为 %2 的主项</translation>
    </message>
    <message>
        <source>The stored guide of item %1 cannot be read: %2</source>
        <translation>无法读取已保存的事项 %1 的办事指南：%2</translation>
    </message>
    <message>
        <source>No item with code %1 in the catalog.</source>
        <translation>目录中没有编码为 %1 的事项。</translation>
    </message>
    <message>
        <source>No version %2 of item %1 is kept in this store.</source>
        <translation>本地没有保存事项 %1 的第 %2 版。</translation>
    </message>
    <message>
        <source>Cannot record the use of item %1</source>
        <translation>无法记录事项 %1 的使用</translation>
    </message>
    <message>
        <source>Cannot read the recently used items</source>
        <translation>无法读取最近使用的事项</translation>
    </message>
    <message>
        <source>The delta removes every item: the catalog would be left empty.</source>
        <translation>该增量删除全部事项，目录将被清空。</translation>
    </message>
    <message>
        <source>The full catalog has no items: importing it would leave the catalog empty.</source>
        <translation>该全量目录不含任何事项，导入后目录将为空。</translation>
    </message>
</context>
<context>
    <name>yc::storage::Database</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read.</source>
        <translation>无法读取数据库文件 %1。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened: %2</source>
        <translation>无法打开数据库文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a Yichuang database (not an SQLite file).</source>
        <translation>%1 不是一窗受理数据库（不是 SQLite 文件）。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged: %2</source>
        <translation>数据库文件 %1 已损坏：%2</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this program understands (%3). Install a newer Yichuang; the file was left untouched.</source>
        <translation>数据库 %1 的结构版本为 %2，高于本程序支持的版本（%3）。请安装新版一窗受理；该文件未作任何改动。</translation>
    </message>
    <message>
        <source>The database file %1 failed its integrity check: %2</source>
        <translation>数据库文件 %1 未通过完整性检查：%2</translation>
    </message>
    <message>
        <source>The data directory %1 cannot be created.</source>
        <translation>无法创建数据目录 %1。</translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened for writing: %2</source>
        <translation>无法以写入方式打开数据库文件 %1：%2</translation>
    </message>
    <message>
        <source>Cannot configure the database (%1)</source>
        <translation>无法设置数据库（%1）</translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation>无法读取结构版本</translation>
    </message>
    <message>
        <source>The database has schema version %1, newer than %2.</source>
        <translation>数据库结构版本为 %1，高于 %2。</translation>
    </message>
    <message>
        <source>Migration %1 failed</source>
        <translation>结构升级 %1 失败</translation>
    </message>
    <message>
        <source>The integrity check could not run</source>
        <translation>完整性检查无法执行</translation>
    </message>
    <message>
        <source>The database failed its integrity check: %1</source>
        <translation>数据库未通过完整性检查：%1</translation>
    </message>
    <message>
        <source>The database has rows that refer to missing rows (table %1).</source>
        <translation>数据库中有记录引用了不存在的记录（表 %1）。</translation>
    </message>
    <message>
        <source>A database query failed</source>
        <translation>数据库查询失败</translation>
    </message>
    <message>
        <source>Cannot start a database transaction</source>
        <translation>无法开始数据库事务</translation>
    </message>
    <message>
        <source>Cannot commit a database transaction</source>
        <translation>无法提交数据库事务</translation>
    </message>
    <message>
        <source>Cannot read store settings</source>
        <translation>无法读取数据库设置</translation>
    </message>
    <message>
        <source>Cannot write store settings</source>
        <translation>无法写入数据库设置</translation>
    </message>
    <message>
        <source>Migration %1 failed: rows of table %2 refer to missing rows.</source>
        <translation>第 %1 号迁移失败：表 %2 中有记录引用了不存在的记录。</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation>第 %1 号迁移失败：%2</translation>
    </message>
</context>
<context>
    <name>yc::storage::DraftRepository</name>
    <message>
        <source>A draft belongs to the clerk who takes it in.</source>
        <translation>草稿须归属于录入它的窗口人员。</translation>
    </message>
    <message>
        <source>The draft could not be saved</source>
        <translation>草稿无法保存</translation>
    </message>
    <message>
        <source>The draft could not be read</source>
        <translation>草稿无法读取</translation>
    </message>
    <message>
        <source>No draft with id %1.</source>
        <translation>没有编号为 %1 的草稿。</translation>
    </message>
    <message>
        <source>The case %1 is decided already; it can no longer be changed as a draft.</source>
        <translation>办件 %1 已作出受理决定，不能再作为草稿修改。</translation>
    </message>
    <message>
        <source>An item needs its code and a version of 1 or more.</source>
        <translation>事项须有编码，版本不小于 1。</translation>
    </message>
    <message>
        <source>No material with id %1.</source>
        <translation>没有编号为 %1 的材料。</translation>
    </message>
    <message>
        <source>The drafts could not be read</source>
        <translation>草稿列表无法读取</translation>
    </message>
    <message>
        <source>The draft could not be removed</source>
        <translation>草稿无法删除</translation>
    </message>
</context>
<context>
    <name>yc::storage::FieldCipher</name>
    <message>
        <source>The encryption keys could not be derived.</source>
        <translation>无法派生加密密钥。</translation>
    </message>
    <message>
        <source>This system&apos;s OpenSSL does not offer the selected cipher.</source>
        <translation>本机的 OpenSSL 不支持所选的加密算法。</translation>
    </message>
    <message>
        <source>The system could not supply random numbers.</source>
        <translation>系统无法提供随机数。</translation>
    </message>
    <message>
        <source>Encryption failed.</source>
        <translation>加密失败。</translation>
    </message>
    <message>
        <source>Encrypted data is damaged or was written with another key.</source>
        <translation>加密数据已损坏，或由其他密钥写入。</translation>
    </message>
    <message>
        <source>This system&apos;s OpenSSL does not offer the cipher this data was written with.</source>
        <translation>本机的 OpenSSL 不支持写入该数据时所用的加密算法。</translation>
    </message>
</context>
<context>
    <name>yc::storage::IntakeRepository</name>
    <message>
        <source>The intake could not be saved</source>
        <translation>无法保存受理信息</translation>
    </message>
    <message>
        <source>The intake could not be read</source>
        <translation>无法读取受理信息</translation>
    </message>
    <message>
        <source>The approval could not be saved</source>
        <translation>无法保存审批</translation>
    </message>
    <message>
        <source>No approval with id %1.</source>
        <translation>没有 ID 为 %1 的审批。</translation>
    </message>
    <message>
        <source>The approval %1 was answered already (%2).</source>
        <translation>审批 %1 已有答复（%2）。</translation>
    </message>
    <message>
        <source>The approval could not be read</source>
        <translation>无法读取审批</translation>
    </message>
    <message>
        <source>The approvals could not be read</source>
        <translation>无法读取审批记录</translation>
    </message>
    <message>
        <source>The decision could not be recorded</source>
        <translation>无法记录决定</translation>
    </message>
    <message>
        <source>The approval %1 is not an approval this case can rest on.</source>
        <translation>审批 %1 不能作为本办件决定的依据。</translation>
    </message>
    <message>
        <source>The draft could not be removed</source>
        <translation>无法删除草稿</translation>
    </message>
</context>
<context>
    <name>yc::storage::KeyStore</name>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation>无法读取密钥文件 %1。</translation>
    </message>
    <message>
        <source>The key file %1 can be read by other users; set its mode to 0600.</source>
        <translation>密钥文件 %1 可被其他用户读取；请将其权限设为 0600。</translation>
    </message>
    <message>
        <source>The key file %1 is damaged.</source>
        <translation>密钥文件 %1 已损坏。</translation>
    </message>
    <message>
        <source>The data directory %1 cannot be created.</source>
        <translation>无法创建数据目录 %1。</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written.</source>
        <translation>无法写入密钥文件 %1。</translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>系统密钥环不可用：%1</translation>
    </message>
    <message>
        <source>The data key of this store was not found (neither in the system keychain nor in %1). Without it the encrypted records cannot be read; restore the key rather than starting over.</source>
        <translation>找不到本数据库的数据密钥（系统密钥环和 %1 中均没有）。没有它，加密记录无法读取；请恢复密钥，不要重新开始。</translation>
    </message>
    <message>
        <source>The system could not supply random numbers.</source>
        <translation>系统无法提供随机数。</translation>
    </message>
</context>
<context>
    <name>yc::storage::MaterialStore</name>
    <message>
        <source>A material needs a case, a name and a status.</source>
        <translation>材料须有所属办件、名称和状态。</translation>
    </message>
    <message>
        <source>The materials folder in %1 cannot be created.</source>
        <translation>无法在 %1 中创建材料目录。</translation>
    </message>
    <message>
        <source>The scanned material could not be saved (disk full or not writable).</source>
        <translation>扫描材料保存失败（磁盘已满或不可写）。</translation>
    </message>
    <message>
        <source>The material could not be recorded</source>
        <translation>材料登记失败</translation>
    </message>
    <message>
        <source>The material could not be read</source>
        <translation>材料读取失败</translation>
    </message>
    <message>
        <source>No material with id %1.</source>
        <translation>没有编号为 %1 的材料。</translation>
    </message>
    <message>
        <source>The file of material %1 is missing from the data folder.</source>
        <translation>数据目录中缺少材料 %1 的文件。</translation>
    </message>
    <message>
        <source>A material from the licence library needs the licence&apos;s id.</source>
        <translation>取自电子证照库的材料须注明证照编号。</translation>
    </message>
    <message>
        <source>The material could not be removed</source>
        <translation>材料无法删除</translation>
    </message>
    <message>
        <source>The file of material %1 could not be removed from the data folder.</source>
        <translation>无法从数据目录删除材料 %1 的文件。</translation>
    </message>
    <message>
        <source>The material could not be updated</source>
        <translation>无法更新材料</translation>
    </message>
    <message>
        <source>A material file could not be removed from the data folder.</source>
        <translation>无法从数据文件夹中删除某一材料文件。</translation>
    </message>
</context>
<context>
    <name>yc::storage::NoticeRepository</name>
    <message>
        <source>Notice %1 has an unknown kind.</source>
        <translation>通知书 %1 的种类无法识别。</translation>
    </message>
    <message>
        <source>No notice %1 is kept.</source>
        <translation>未保存通知书 %1。</translation>
    </message>
    <message>
        <source>A notice is kept only with its case and its PDF.</source>
        <translation>保存通知书须同时提供所属办件和 PDF。</translation>
    </message>
    <message>
        <source>The notice to keep is not a PDF.</source>
        <translation>要保存的通知书不是 PDF。</translation>
    </message>
    <message>
        <source>The notice could not be kept</source>
        <translation>无法保存通知书</translation>
    </message>
    <message>
        <source>The notices could not be read</source>
        <translation>无法读取通知书列表</translation>
    </message>
    <message>
        <source>The notice could not be read</source>
        <translation>无法读取通知书</translation>
    </message>
    <message>
        <source>Notice %1 was recorded before notices were kept; it has no PDF to print.</source>
        <translation>通知书 %1 登记于开始保存通知书之前，没有可打印的 PDF。</translation>
    </message>
    <message>
        <source>The PDF of notice %1 cannot be decrypted: it was not written for this notice, or the store&apos;s key is not the one it was written with.</source>
        <translation>通知书 %1 的 PDF 无法解密：它不是为这份通知书写入的，或本库的密钥不是写入时所用的密钥。</translation>
    </message>
    <message>
        <source>The PDF of notice %1 does not match the checksum kept with it.</source>
        <translation>通知书 %1 的 PDF 与保存的校验值不符。</translation>
    </message>
    <message>
        <source>The print could not be recorded</source>
        <translation>无法记录本次打印</translation>
    </message>
</context>
<context>
    <name>yc::storage::OutboxRepository</name>
    <message>
        <source>The case could not be queued</source>
        <translation>无法将该办件加入队列</translation>
    </message>
    <message>
        <source>The entry could not be queued</source>
        <translation>无法将该条目加入队列</translation>
    </message>
    <message>
        <source>The sync queue could not be read</source>
        <translation>无法读取同步队列</translation>
    </message>
    <message>
        <source>The queued entry is missing.</source>
        <translation>队列中的条目已丢失。</translation>
    </message>
    <message>
        <source>The sync queue could not be updated</source>
        <translation>无法更新同步队列</translation>
    </message>
    <message>
        <source>The item could not be retried</source>
        <translation>该条目无法重试</translation>
    </message>
    <message>
        <source>There is no queue entry %1.</source>
        <translation>队列中没有条目 %1。</translation>
    </message>
    <message>
        <source>A status change could not be applied</source>
        <translation>无法应用状态变更</translation>
    </message>
    <message>
        <source>The outbox could not be read</source>
        <translation>无法读取待发送队列</translation>
    </message>
    <message>
        <source>The outbox could not be updated</source>
        <translation>无法更新待发送队列</translation>
    </message>
</context>
<context>
    <name>yc::storage::Retention</name>
    <message>
        <source>The retention period must be at least one day.</source>
        <translation>保留期至少为一天。</translation>
    </message>
</context>
<context>
    <name>yc::storage::Store</name>
    <message>
        <source>%1 must be auto, keychain or file.</source>
        <translation>%1 的取值须为 auto、keychain 或 file。</translation>
    </message>
    <message>
        <source>The store names an unknown cipher suite (%1).</source>
        <translation>数据库登记了未知的加密套件（%1）。</translation>
    </message>
    <message>
        <source>This system&apos;s OpenSSL does not offer the cipher suite %1.</source>
        <translation>本机的 OpenSSL 不支持加密套件 %1。</translation>
    </message>
    <message>
        <source>The data key found does not belong to this store; nothing was changed.</source>
        <translation>找到的数据密钥不属于本数据库；未作任何改动。</translation>
    </message>
</context>
<context>
    <name>yc::storage::SupervisionRepository</name>
    <message>
        <source>The cases could not be read</source>
        <translation>无法读取办件</translation>
    </message>
    <message>
        <source>The deferred materials could not be read</source>
        <translation>无法读取容缺材料</translation>
    </message>
    <message>
        <source>The status history of the cases could not be read</source>
        <translation>无法读取办件状态记录</translation>
    </message>
</context>
<context>
    <name>yc::supervision::ApprovalQueue</name>
    <message>
        <source>Sign in as a supervisor: this is for supervisors only.</source>
        <translation>请以窗口负责人身份登录：此功能仅限窗口负责人使用。</translation>
    </message>
    <message>
        <source>%1 is not a supervisor: this is for supervisors only.</source>
        <translation>%1 不是窗口负责人：此功能仅限窗口负责人使用。</translation>
    </message>
    <message>
        <source>Choose the request to decide.</source>
        <translation>请选择要审批的申请。</translation>
    </message>
    <message>
        <source>A denial needs a comment: say what the clerk must change.</source>
        <translation>驳回须填写意见：请说明受理人员需要修改的内容。</translation>
    </message>
    <message>
        <source>No request with id %1 was asked at this PC.</source>
        <translation>本机没有编号为 %1 的申请。</translation>
    </message>
</context>
<context>
    <name>yc::supervision::CaseDetailService</name>
    <message>
        <source>No case with id %1 is stored on this PC.</source>
        <translation>本机没有编号为 %1 的办件。</translation>
    </message>
    <message>
        <source>This case has no applicant yet.</source>
        <translation>该办件尚无申请人。</translation>
    </message>
    <message>
        <source>The applicant of this case is no longer stored (retention).</source>
        <translation>该办件的申请人信息已按保存期限清除。</translation>
    </message>
    <message>
        <source>The material %1 does not belong to this case.</source>
        <translation>材料 %1 不属于该办件。</translation>
    </message>
</context>
<context>
    <name>yc::supervision::DashboardExport</name>
    <message>
        <source>Accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Accepted with missing materials</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <source>Correction notified</source>
        <translation>已一次性告知补正</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <source>Correction requested</source>
        <translation>要求补正</translation>
    </message>
    <message>
        <source>Supplemented</source>
        <translation>已补正</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Unknown export format &quot;%1&quot;: use csv or pdf.</source>
        <translation>未知的导出格式&quot;%1&quot;：请使用 csv 或 pdf。</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation>监察状态</translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation>剩余工作日</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办结时限</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>受理人员</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Item code</source>
        <translation>事项编码</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation>（暂定）</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>待报送</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <source>Today %1: %2 cases; waiting to sync %3; waiting for correction %4; deferred materials due %5; due soon %6; overdue %7; flagged %8.</source>
        <translation>今日 %1：收件 %2 件；待报送 %3 件；待补正 %4 件；容缺材料到期 %5 项；即将到期 %6 件；已超期 %7 件；预警 %8 件。</translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation>无法生成 PDF。</translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation>无法写入导出文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>yc::supervision::DashboardHallQuery</name>
    <message>
        <source>This PC is not enrolled with the platform.</source>
        <translation>本机尚未在平台注册。</translation>
    </message>
</context>
<context>
    <name>yc::supervision::DashboardService</name>
    <message>
        <source>clerk</source>
        <translation>受理人员</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>窗口负责人</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Sign in as the window supervisor to see the hall dashboard.</source>
        <translation>请以窗口负责人身份登录后查看大厅看板。</translation>
    </message>
    <message>
        <source>Only a window supervisor may see the hall dashboard or export its cases; the role of %1 is %2.</source>
        <translation>只有窗口负责人可以查看大厅看板或导出办件；%1 的角色为%2。</translation>
    </message>
    <message>
        <source>(no window)</source>
        <translation>（无窗口）</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>（未知）</translation>
    </message>
</context>
<context>
    <name>yc::supervision::RatingFollowUp</name>
    <message>
        <source>Write both what was rectified and the record of the call back to the citizen.</source>
        <translation>请同时填写整改情况和回访记录。</translation>
    </message>
    <message>
        <source>The rectification and the callback record hold at most 2000 characters each.</source>
        <translation>整改情况和回访记录各不超过2000字。</translation>
    </message>
    <message>
        <source>No rating with id %1 was given at this PC.</source>
        <translation>本机没有编号为 %1 的评价。</translation>
    </message>
    <message>
        <source>Only a rating of 2 (dissatisfied) or 1 (very dissatisfied) needs a follow-up.</source>
        <translation>仅“不满意”或“非常不满意”的评价需要整改。</translation>
    </message>
    <message>
        <source>The follow-up of this rating is recorded already.</source>
        <translation>该评价的整改已登记。</translation>
    </message>
</context>
<context>
    <name>yc::supervision::RemoteApprovalQueue</name>
    <message>
        <source>This PC is not connected to the platform: only the requests asked here are shown.</source>
        <translation>本机未连接平台：仅显示本机提交的申请。</translation>
    </message>
    <message>
        <source>This PC is not connected to the platform.</source>
        <translation>本机未连接平台。</translation>
    </message>
</context>
<context>
    <name>yc::supervision::SupervisionRules</name>
    <message>
        <source>No time limit running</source>
        <translation>不计时</translation>
    </message>
    <message>
        <source>Paused (waiting for correction)</source>
        <translation>暂停计时（待补正）</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Refused without a reason</source>
        <translation>不予受理未说明理由</translation>
    </message>
    <message>
        <source>Deferred material overdue</source>
        <translation>容缺材料逾期未补</translation>
    </message>
    <message>
        <source>Bad rating without follow-up</source>
        <translation>差评未整改回访</translation>
    </message>
</context>
<context>
    <name>yc::sync::CalendarFeedStore</name>
    <message>
        <source>The stored working-day calendar %1 cannot be read.</source>
        <translation>无法读取已保存的工作日历 %1。</translation>
    </message>
    <message>
        <source>The working-day calendar could not be stored in %1.</source>
        <translation>无法将工作日历保存到 %1。</translation>
    </message>
</context>
<context>
    <name>yc::sync::CaseDocument</name>
    <message>
        <source>No official case number is left on this PC; waiting for a new lease.</source>
        <translation>本机已没有可用的正式受理编号，正在等待新的编号段。</translation>
    </message>
    <message>
        <source>The case of this queue entry is missing from the local store.</source>
        <translation>本地数据库中缺少该队列项对应的案件。</translation>
    </message>
    <message>
        <source>This PC is not enrolled as a window yet.</source>
        <translation>本机尚未注册为窗口。</translation>
    </message>
    <message>
        <source>The applicant of this case is missing from the local store.</source>
        <translation>本地数据库中缺少该案件的申请人。</translation>
    </message>
    <message>
        <source>Only a decided case is sent to the platform.</source>
        <translation>只有已作出受理决定的办件才会提交平台。</translation>
    </message>
</context>
<context>
    <name>yc::sync::CaseImportReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是普通文件。</translation>
    </message>
    <message>
        <source>%1 has %2 bytes; an import file may have at most %3.</source>
        <translation>%1 有 %2 字节；导入文件最多 %3 字节。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The import file has %1 bytes; it may have at most %2.</source>
        <translation>导入文件有 %1 字节；最多 %2 字节。</translation>
    </message>
    <message>
        <source>This is not JSON (at byte %1: %2), so nothing was imported.</source>
        <translation>这不是 JSON（第 %1 字节：%2），未导入任何内容。</translation>
    </message>
    <message>
        <source>This is not a case import file (format &quot;yichuang-case-import&quot;).</source>
        <translation>这不是办件导入文件（format 应为 &quot;yichuang-case-import&quot;）。</translation>
    </message>
    <message>
        <source>Format version %1 is not supported; this program reads version 1.</source>
        <translation>不支持格式版本 %1；本程序读取版本 1。</translation>
    </message>
    <message>
        <source>The file has no &quot;cases&quot; list.</source>
        <translation>文件中没有 &quot;cases&quot; 列表。</translation>
    </message>
    <message>
        <source>The file has %1 cases; one import may hold at most %2.</source>
        <translation>文件有 %1 个办件；一次最多导入 %2 个。</translation>
    </message>
    <message>
        <source>applicant.idNumber is not a passport number (5 to 20 Latin letters and digits).</source>
        <translation>applicant.idNumber 不是护照号码（5 至 20 位拉丁字母和数字）。</translation>
    </message>
    <message>
        <source>applicant.idNumber is a residence permit of a Taiwan resident (830000); use idType tw-residence.</source>
        <translation>applicant.idNumber 是台湾居民居住证（830000）；请使用 idType tw-residence。</translation>
    </message>
    <message>
        <source>applicant.idNumber is a residence permit of a Hong Kong or Macao resident; use idType hkmo-residence.</source>
        <translation>applicant.idNumber 是港澳居民居住证；请使用 idType hkmo-residence。</translation>
    </message>
    <message>
        <source>its check character is wrong</source>
        <translation>校验码错误</translation>
    </message>
    <message>
        <source>it has the wrong length</source>
        <translation>长度不对</translation>
    </message>
    <message>
        <source>it holds a character not allowed there</source>
        <translation>含有该位置不允许的字符</translation>
    </message>
    <message>
        <source>its area code is not a GB/T 2260 code</source>
        <translation>地区码不是 GB/T 2260 代码</translation>
    </message>
    <message>
        <source>its birth date is not a real date in the past</source>
        <translation>出生日期不是过去的真实日期</translation>
    </message>
    <message>
        <source>it is not in the form of this document type</source>
        <translation>不符合该证件类型的格式</translation>
    </message>
    <message>
        <source>applicant.idNumber is not a valid %1 number: %2 (%3).</source>
        <translation>applicant.idNumber 不是有效的 %1 号码：%2（%3）。</translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation>%1 须为字符串。</translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3 are allowed.</source>
        <translation>%1 有 %2 个字符；最多 %3 个。</translation>
    </message>
    <message>
        <source>sourceId must be 1 to 128 Latin letters, digits and . _ : / - (starting with a letter or digit).</source>
        <translation>sourceId 须为 1 至 128 个拉丁字母、数字和 . _ : / -（以字母或数字开头）。</translation>
    </message>
    <message>
        <source>caseId must be a UUID written as 8-4-4-4-12 hexadecimal digits.</source>
        <translation>caseId 须为按 8-4-4-4-12 位十六进制数字书写的 UUID。</translation>
    </message>
    <message>
        <source>each case needs a caseId (UUID) or a sourceId</source>
        <translation>每个办件须有 caseId（UUID）或 sourceId</translation>
    </message>
    <message>
        <source>staffId is missing.</source>
        <translation>缺少 staffId。</translation>
    </message>
    <message>
        <source>itemCode is missing.</source>
        <translation>缺少 itemCode。</translation>
    </message>
    <message>
        <source>itemVersion must be a whole number of 1 or more.</source>
        <translation>itemVersion 须为不小于 1 的整数。</translation>
    </message>
    <message>
        <source>decision must be accepted, accepted-with-missing, correction-notified or refused</source>
        <translation>decision 须为 accepted、accepted-with-missing、correction-notified 或 refused</translation>
    </message>
    <message>
        <source>receivedAt must be an ISO 8601 time</source>
        <translation>receivedAt 须为 ISO 8601 时间</translation>
    </message>
    <message>
        <source>receivedAt lies in the future.</source>
        <translation>receivedAt 晚于当前时间。</translation>
    </message>
    <message>
        <source>promisedDate must be a date written YYYY-MM-DD.</source>
        <translation>promisedDate 须为 YYYY-MM-DD 格式的日期。</translation>
    </message>
    <message>
        <source>the applicant needs idType, idNumber and name</source>
        <translation>申请人须有 idType、idNumber 和 name</translation>
    </message>
    <message>
        <source>applicant.idType must be one of %1.</source>
        <translation>applicant.idType 须为以下之一：%1。</translation>
    </message>
    <message>
        <source>applicant.gender must be a GB/T 2261.1 code: 0, 1, 2 or 9.</source>
        <translation>applicant.gender 须为 GB/T 2261.1 代码：0、1、2 或 9。</translation>
    </message>
    <message>
        <source>materials must be a list.</source>
        <translation>materials 须为列表。</translation>
    </message>
    <message>
        <source>The case has %1 materials; at most %2 are allowed.</source>
        <translation>该办件有 %1 份材料；最多 %2 份。</translation>
    </message>
    <message>
        <source>materials[%1] must be an object.</source>
        <translation>materials[%1] 须为对象。</translation>
    </message>
    <message>
        <source>every material needs a name</source>
        <translation>每份材料都须有名称</translation>
    </message>
    <message>
        <source>material file %1: an absolute path is not allowed; name files relative to the import file&apos;s folder.</source>
        <translation>材料文件 %1：不允许使用绝对路径；请写相对于导入文件所在文件夹的路径。</translation>
    </message>
    <message>
        <source>material file %1: use / between folder names.</source>
        <translation>材料文件 %1：文件夹之间请用 / 分隔。</translation>
    </message>
    <message>
        <source>material file %1: &quot;..&quot; is not allowed; the file must lie inside the import file&apos;s folder.</source>
        <translation>材料文件 %1：不允许使用“..”；文件须位于导入文件所在文件夹内。</translation>
    </message>
    <message>
        <source>material file %1 does not exist</source>
        <translation>材料文件 %1 不存在</translation>
    </message>
    <message>
        <source>material file %1 cannot be read</source>
        <translation>无法读取材料文件 %1</translation>
    </message>
    <message>
        <source>material file %1 leads outside the import file&apos;s folder (through a symbolic link).</source>
        <translation>材料文件 %1 通过符号链接指向导入文件所在文件夹之外。</translation>
    </message>
    <message>
        <source>material file %1 is not a regular file (a folder, device, FIFO or socket).</source>
        <translation>材料文件 %1 不是普通文件（而是文件夹、设备、FIFO 或套接字）。</translation>
    </message>
    <message>
        <source>material file %1 has %2 bytes; a material may have at most %3.</source>
        <translation>材料文件 %1 有 %2 字节；一份材料最多 %3 字节。</translation>
    </message>
    <message>
        <source>material file %1 cannot be opened</source>
        <translation>无法打开材料文件 %1</translation>
    </message>
    <message>
        <source>material file %1 changed while it was read</source>
        <translation>材料文件 %1 在读取过程中被改动</translation>
    </message>
    <message>
        <source>cases[%1] must be an object.</source>
        <translation>cases[%1] 须为对象。</translation>
    </message>
    <message>
        <source>the same case is listed twice (as case %1 and %2).</source>
        <translation>同一办件出现两次（第 %1 个和第 %2 个）。</translation>
    </message>
    <message>
        <source>staff %1 has never signed in on this PC; sign them in once (yichuang-ctl staff sign-in) so their cases are sent under their name</source>
        <translation>工作人员 %1 从未在本机登录；请先登录一次（yichuang-ctl staff sign-in），以便以其名义发送其办件</translation>
    </message>
    <message>
        <source>item %1 is not in this PC&apos;s catalog (update the catalog with yichuang-ctl sync now or catalog import first)</source>
        <translation>事项 %1 不在本机的目录中（请先用 yichuang-ctl sync now 或 catalog import 更新目录）</translation>
    </message>
    <message>
        <source>case number %1 is not in a lease of this window; leave caseNumber out and one is taken from the lease</source>
        <translation>受理编号 %1 不在本窗口的号段内；请省略 caseNumber，由号段自动分配</translation>
    </message>
    <message>
        <source>case number %1 is already used by another case</source>
        <translation>受理编号 %1 已被其他办件使用</translation>
    </message>
    <message>
        <source>case number %1 is given to two cases (%2 and %3).</source>
        <translation>受理编号 %1 被分给了两个办件（第 %2 个和第 %3 个）。</translation>
    </message>
</context>
<context>
    <name>yc::sync::CurlLibrary</name>
    <message>
        <source>Materials cannot be uploaded: the network library %1 could not be loaded (%2).</source>
        <translation>无法上传材料：网络库 %1 无法加载（%2）。</translation>
    </message>
    <message>
        <source>Materials cannot be uploaded: the network library %1 lacks the function %2 (%3).</source>
        <translation>无法上传材料：网络库 %1 缺少函数 %2（%3）。</translation>
    </message>
    <message>
        <source>Materials cannot be uploaded: the network library %1 could not be started (%2).</source>
        <translation>无法上传材料：网络库 %1 无法启动（%2）。</translation>
    </message>
</context>
<context>
    <name>yc::sync::CurlUploader</name>
    <message>
        <source>The platform address must start with https:// (found %1).</source>
        <translation>平台地址必须以 https:// 开头（当前为 %1）。</translation>
    </message>
    <message>
        <source>The network library could not be initialised.</source>
        <translation>网络库无法初始化。</translation>
    </message>
    <message>
        <source>The pinned platform key (%1) is not a SHA-256 in base64 or hex: no connection made.</source>
        <translation>固定的平台公钥（%1）不是 base64 或十六进制格式的 SHA-256，未建立连接。</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate is not trusted, so no connection was made: %1</source>
        <translation>平台证书不受信任，未建立连接：%1</translation>
    </message>
    <message>
        <source>The platform did not answer within %1 seconds.</source>
        <translation>平台在 %1 秒内没有应答。</translation>
    </message>
    <message>
        <source>The platform&apos;s answer is larger than %1 MiB: not accepted.</source>
        <translation>平台的应答超过 %1 MiB，不予接受。</translation>
    </message>
    <message>
        <source>The platform could not be reached or the connection broke: %1</source>
        <translation>无法连接平台或连接中断：%1</translation>
    </message>
    <message>
        <source>The transfer was stopped because the application is closing; it resumes on the next start.</source>
        <translation>应用程序正在关闭，传输已停止；下次启动时继续。</translation>
    </message>
</context>
<context>
    <name>yc::sync::DeviceKey</name>
    <message>
        <source>The key pair of this PC could not be created.</source>
        <translation>无法生成本机密钥对。</translation>
    </message>
    <message>
        <source>The stored key of this PC is unreadable.</source>
        <translation>本机保存的密钥无法读取。</translation>
    </message>
    <message>
        <source>This PC has no signing key; enrol it first.</source>
        <translation>本机没有签名密钥，请先注册本机。</translation>
    </message>
    <message>
        <source>The case could not be signed with the key of this PC.</source>
        <translation>无法用本机密钥对案件签名。</translation>
    </message>
    <message>
        <source>Unknown key algorithm &quot;%1&quot;: use ecdsa-p256-sha256 or sm2-sm3.</source>
        <translation>未知的密钥算法“%1”：请使用 ecdsa-p256-sha256 或 sm2-sm3。</translation>
    </message>
</context>
<context>
    <name>yc::sync::Enrolment</name>
    <message>
        <source>The enrolment of this PC could not be read</source>
        <translation>无法读取本机注册信息</translation>
    </message>
    <message>
        <source>The key of this PC could not be read</source>
        <translation>无法读取本机密钥</translation>
    </message>
    <message>
        <source>This PC is not enrolled as a window yet.</source>
        <translation>本机尚未注册为窗口。</translation>
    </message>
    <message>
        <source>The enrolment could not be stored</source>
        <translation>无法保存注册信息</translation>
    </message>
</context>
<context>
    <name>yc::sync::NoticeVerification</name>
    <message>
        <source>A notice&apos;s verification code needs a case number and a machine id without &quot;|&quot;.</source>
        <translation>通知书核验码需要不含“|”的受理编号和设备标识。</translation>
    </message>
    <message>
        <source>A notice&apos;s verification code needs its date.</source>
        <translation>通知书核验码需要日期。</translation>
    </message>
    <message>
        <source>This is not a Yichuang notice verification code.</source>
        <translation>这不是一窗受理通知书的核验码。</translation>
    </message>
</context>
<context>
    <name>yc::sync::OfflineQueue</name>
    <message>
        <source>An evaluation needs a level from 1 to 5, its case and the clerk.</source>
        <translation>评价需要 1 至 5 的等级、所属办件和窗口人员。</translation>
    </message>
    <message>
        <source>A supplement needs its case, the clerk and at least one material.</source>
        <translation>补交需要所属办件、窗口人员和至少一份材料。</translation>
    </message>
    <message>
        <source>The case of this supplement is not in the local store.</source>
        <translation>此补交所属的办件不在本地库中。</translation>
    </message>
    <message>
        <source>The queued evaluation is missing.</source>
        <translation>队列中的评价已丢失。</translation>
    </message>
    <message>
        <source>The queued evaluation cannot be read.</source>
        <translation>队列中的评价无法读取。</translation>
    </message>
    <message>
        <source>The queued supplement is missing.</source>
        <translation>队列中的补交已丢失。</translation>
    </message>
</context>
<context>
    <name>yc::sync::OutboxExport</name>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation>口令至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>This PC is not enrolled as a window yet.</source>
        <translation>本机尚未注册为窗口。</translation>
    </message>
    <message>
        <source>The queue cannot be read.</source>
        <translation>无法读取队列。</translation>
    </message>
    <message>
        <source>Case %1 cannot be exported: %2</source>
        <translation>案件 %1 无法导出：%2</translation>
    </message>
    <message>
        <source>The materials cannot be read.</source>
        <translation>无法读取材料。</translation>
    </message>
    <message>
        <source>A stored material of case %1 no longer matches its hash.</source>
        <translation>案件 %1 的一份已存材料与其哈希值不再一致。</translation>
    </message>
    <message>
        <source>The export could not be encrypted.</source>
        <translation>导出内容无法加密。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The export could not be written to %1 (full or read-only medium?).</source>
        <translation>无法将导出内容写入 %1（介质已满或只读？）。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is not an outbox export.</source>
        <translation>%1 不是导出的队列文件。</translation>
    </message>
    <message>
        <source>%1 uses an unknown protection.</source>
        <translation>%1 使用了未知的保护方式。</translation>
    </message>
    <message>
        <source>Wrong passphrase, or the export was damaged or altered.</source>
        <translation>口令错误，或导出文件已损坏或被篡改。</translation>
    </message>
    <message>
        <source>The export is damaged.</source>
        <translation>导出文件已损坏。</translation>
    </message>
    <message>
        <source>The export names an unexpected file.</source>
        <translation>导出文件中包含意外的文件名。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The export has no manifest.</source>
        <translation>导出文件中没有清单。</translation>
    </message>
    <message>
        <source>The manifest cannot be written.</source>
        <translation>无法写入清单。</translation>
    </message>
    <message>
        <source>Supplement %1 cannot be exported: %2</source>
        <translation>补交 %1 无法导出：%2</translation>
    </message>
    <message>
        <source>A stored material of supplement %1 no longer matches its hash.</source>
        <translation>补交 %1 的一份已存材料与其哈希值不再一致。</translation>
    </message>
</context>
<context>
    <name>yc::sync::ResponseParsers</name>
    <message>
        <source>The platform&apos;s answer was cut short or is not what the protocol says (%1); it will be asked again.</source>
        <translation>平台的应答不完整或不符合协议（%1），将重新请求。</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>第 %1 字节处 JSON 无效：%2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>The platform sign-in has expired.</source>
        <translation>平台登录已过期。</translation>
    </message>
    <message>
        <source>The platform does not accept this sign-in.</source>
        <translation>平台不接受此登录。</translation>
    </message>
    <message>
        <source>Wrong staff id or password, or the account is disabled.</source>
        <translation>工号或密码错误，或账号已停用。</translation>
    </message>
    <message>
        <source>This PC is not enrolled with the platform (or its enrolment was revoked).</source>
        <translation>本机未在平台注册（或注册已被撤销）。</translation>
    </message>
    <message>
        <source>The platform refused: this role or hall may not do that.</source>
        <translation>平台拒绝：此角色或大厅无权进行该操作。</translation>
    </message>
    <message>
        <source>The platform does not hold every material of the case yet.</source>
        <translation>平台尚未收到该案件的全部材料。</translation>
    </message>
    <message>
        <source>The case signature does not verify with this PC&apos;s registered key.</source>
        <translation>案件签名无法用本机登记的公钥验证。</translation>
    </message>
    <message>
        <source>The platform already holds a different case under this id.</source>
        <translation>平台已有使用此编号的另一件不同案件。</translation>
    </message>
    <message>
        <source>The case number is already used by another case on the platform.</source>
        <translation>该受理编号已被平台上的另一件案件使用。</translation>
    </message>
    <message>
        <source>The case number is not inside a lease held by this window.</source>
        <translation>该受理编号不在本窗口持有的编号段内。</translation>
    </message>
    <message>
        <source>The uploaded material does not match its hash; it will be sent again.</source>
        <translation>上传的材料与其哈希值不符，将重新发送。</translation>
    </message>
    <message>
        <source>The material is larger than the platform accepts.</source>
        <translation>材料超过平台允许的大小。</translation>
    </message>
    <message>
        <source>The platform asks to slow down.</source>
        <translation>平台要求放慢请求速度。</translation>
    </message>
    <message>
        <source>The platform is temporarily unavailable.</source>
        <translation>平台暂时不可用。</translation>
    </message>
    <message>
        <source>The platform had an internal error (HTTP %1).</source>
        <translation>平台内部错误（HTTP %1）。</translation>
    </message>
    <message>
        <source>The platform refused the request (HTTP %1, %2).</source>
        <translation>平台拒绝了请求（HTTP %1，%2）。</translation>
    </message>
    <message>
        <source>%1 Platform&apos;s reason: %2</source>
        <translation>%1 平台给出的原因：%2</translation>
    </message>
    <message>
        <source>health without time</source>
        <translation>健康检查应答缺少时间</translation>
    </message>
    <message>
        <source>sign-in answer without token, staff or expiry</source>
        <translation>登录应答缺少令牌、人员或有效期</translation>
    </message>
    <message>
        <source>material query answer without present/missing lists</source>
        <translation>材料查询应答缺少 present/missing 列表</translation>
    </message>
    <message>
        <source>chunk answer without complete flag</source>
        <translation>分块应答缺少完成标志</translation>
    </message>
    <message>
        <source>case answer without caseId</source>
        <translation>案件应答缺少 caseId</translation>
    </message>
    <message>
        <source>change feed without changes or cursor</source>
        <translation>变更流缺少 changes 或 cursor</translation>
    </message>
    <message>
        <source>lease answer without a valid range</source>
        <translation>编号段应答缺少有效范围</translation>
    </message>
    <message>
        <source>%1 without a valid &quot;%2&quot;</source>
        <translation>%1缺少有效的“%2”</translation>
    </message>
    <message>
        <source>licence lookup answer</source>
        <translation>电子证照查询应答</translation>
    </message>
    <message>
        <source>credit lookup answer</source>
        <translation>信用查询应答</translation>
    </message>
    <message>
        <source>audit answer</source>
        <translation>审计上传应答</translation>
    </message>
    <message>
        <source>evaluation answer</source>
        <translation>评价应答</translation>
    </message>
    <message>
        <source>hall case list</source>
        <translation>大厅办件列表</translation>
    </message>
    <message>
        <source>approval answer</source>
        <translation>审批应答</translation>
    </message>
    <message>
        <source>approval list</source>
        <translation>审批列表</translation>
    </message>
    <message>
        <source>supplement answer</source>
        <translation>补交应答</translation>
    </message>
</context>
<context>
    <name>yc::sync::RestConnector</name>
    <message>
        <source>The platform address must start with https:// (found %1).</source>
        <translation>平台地址必须以 https:// 开头（当前为 %1）。</translation>
    </message>
    <message>
        <source>The platform&apos;s certificate is not trusted, so no connection was made: %1</source>
        <translation>平台证书不受信任，未建立连接：%1</translation>
    </message>
    <message>
        <source>The platform did not answer within %1 seconds.</source>
        <translation>平台在 %1 秒内没有应答。</translation>
    </message>
    <message>
        <source>The platform could not be reached or the connection broke: %1</source>
        <translation>无法连接平台或连接中断：%1</translation>
    </message>
    <message>
        <source>halls answer without a list</source>
        <translation>大厅应答缺少列表</translation>
    </message>
    <message>
        <source>the platform did not take the chunk</source>
        <translation>平台没有接收该数据块</translation>
    </message>
    <message>
        <source>the platform never reported the material complete</source>
        <translation>平台始终没有报告材料接收完成</translation>
    </message>
    <message>
        <source>too many chunks</source>
        <translation>数据块过多</translation>
    </message>
</context>
<context>
    <name>yc::sync::SessionLock</name>
    <message>
        <source>The window is locked already.</source>
        <translation>窗口已锁定。</translation>
    </message>
    <message>
        <source>Nobody is signed in at this window.</source>
        <translation>本窗口当前无人登录。</translation>
    </message>
    <message>
        <source>The window is not locked.</source>
        <translation>窗口未锁定。</translation>
    </message>
    <message>
        <source>Only %1 can unlock this window. To work here, sign in with your own account.</source>
        <translation>只有%1可以解锁本窗口。如需在此办件，请用您自己的账号登录。</translation>
    </message>
</context>
<context>
    <name>yc::sync::SignInLimiter</name>
    <message>
        <source>Too many failed sign-ins: this account is locked on this PC until %1.</source>
        <translation>登录失败次数过多：此账号在本机已锁定，至 %1 解锁。</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the next attempt for this account is possible at %1.</source>
        <translation>登录失败次数过多：此账号可于 %1 再次尝试登录。</translation>
    </message>
    <message>
        <source>The failed sign-ins could not be reset</source>
        <translation>无法重置登录失败记录</translation>
    </message>
</context>
<context>
    <name>yc::sync::SignInService</name>
    <message>
        <source>A sign-in is already in progress.</source>
        <translation>正在登录，请稍候。</translation>
    </message>
</context>
<context>
    <name>yc::sync::SignInWorkflow</name>
    <message>
        <source>This PC is not enrolled as a window yet.</source>
        <translation>本机尚未注册为窗口。</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the platform has locked this account until %1.</source>
        <translation>登录失败次数过多：平台已锁定此账号，至 %1 解锁。</translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the platform accepts the next attempt for this account at %1.</source>
        <translation>登录失败次数过多：平台将于 %1 起接受此账号的下一次登录。</translation>
    </message>
    <message>
        <source>%1 is not an admin: only an admin enrols this PC.</source>
        <translation>%1 不是管理员：只有管理员可以注册本机。</translation>
    </message>
</context>
<context>
    <name>yc::sync::StaffCredentials</name>
    <message>
        <source>The offline sign-in verifier could not be computed.</source>
        <translation>无法计算离线登录校验值。</translation>
    </message>
    <message>
        <source>The sign-in could not be recorded</source>
        <translation>无法记录登录信息</translation>
    </message>
    <message>
        <source>The sign-in could not be checked</source>
        <translation>无法核对登录信息</translation>
    </message>
    <message>
        <source>Wrong account name or password.</source>
        <translation>账号或密码错误。</translation>
    </message>
    <message numerus="yes">
        <source>The last online sign-in on this PC was more than %n day(s) ago; sign in online first.</source>
        <translation>
            <numerusform>本机上次在线登录已超过 %n 天，请先在线登录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in could not be read</source>
        <translation>无法读取登录信息</translation>
    </message>
    <message>
        <source>The clerk who accepted this case has no platform sign-in on this PC; the case is sent when they sign in online again.</source>
        <translation>受理该案件的人员在本机没有平台登录信息；待其再次在线登录后报送。</translation>
    </message>
    <message>
        <source>The sign-in could not be updated</source>
        <translation>无法更新登录信息</translation>
    </message>
    <message>
        <source>The staff list could not be read</source>
        <translation>无法读取人员名单</translation>
    </message>
</context>
<context>
    <name>yc::sync::StationSettings</name>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>The platform address &quot;%1&quot; is not a valid address such as https://platform.example.gov.cn/api.</source>
        <translation>平台地址“%1”无效，应形如 https://platform.example.gov.cn/api。</translation>
    </message>
    <message>
        <source>The platform address must start with https:// (plain http only for this PC itself).</source>
        <translation>平台地址须以 https:// 开头（仅本机地址可用 http）。</translation>
    </message>
    <message>
        <source>CA certificates: %1</source>
        <translation>CA 证书：%1</translation>
    </message>
    <message>
        <source>CA certificates: %1 holds no PEM certificate.</source>
        <translation>CA 证书：%1 中没有 PEM 格式的证书。</translation>
    </message>
    <message>
        <source>The key pin must be the SHA-256 of the platform&apos;s public key: 44 characters of base64 ending in &quot;=&quot;, or 64 hexadecimal digits (yichuang-ctl platform check shows it).</source>
        <translation>公钥固定值须为平台公钥的 SHA-256：以“=”结尾的 44 位 base64，或 64 位十六进制数字（可用 yichuang-ctl platform check 查看）。</translation>
    </message>
    <message>
        <source>A client certificate needs its private key, and a key its certificate: give both or neither.</source>
        <translation>客户端证书与私钥须成对填写：要么都填，要么都不填。</translation>
    </message>
    <message>
        <source>Client certificate: %1</source>
        <translation>客户端证书：%1</translation>
    </message>
    <message>
        <source>Client certificate: %1 holds no PEM certificate.</source>
        <translation>客户端证书：%1 中没有 PEM 格式的证书。</translation>
    </message>
    <message>
        <source>Client key: %1</source>
        <translation>客户端私钥：%1</translation>
    </message>
    <message>
        <source>Client key: %1 holds no unencrypted PEM private key.</source>
        <translation>客户端私钥：%1 中没有未加密的 PEM 私钥。</translation>
    </message>
    <message>
        <source>Unknown hall level &quot;%1&quot;.</source>
        <translation>未知的大厅层级“%1”。</translation>
    </message>
    <message>
        <source>The area code must be six digits (GB/T 2260), e.g. 210202.</source>
        <translation>行政区划代码须为 6 位数字（GB/T 2260），如 210202。</translation>
    </message>
    <message>
        <source>%1 is not a current administrative area code (GB/T 2260).</source>
        <translation>%1 不是现行行政区划代码（GB/T 2260）。</translation>
    </message>
    <message>
        <source>Give the hall&apos;s level together with its area code, or neither.</source>
        <translation>大厅层级与行政区划代码须同时填写或同时留空。</translation>
    </message>
    <message>
        <source>The window number may hold only letters, digits and &quot;-&quot; (at most 16).</source>
        <translation>窗口编号只能包含字母、数字和“-”（最多 16 位）。</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;.</source>
        <translation>未知的语言“%1”。</translation>
    </message>
    <message>
        <source>The screen lock must come after 1 to %1 minutes without use, or never (0).</source>
        <translation>锁屏时间须为无操作 1 至 %1 分钟，或从不锁屏（0）。</translation>
    </message>
    <message>
        <source>The data folder must be a full path, e.g. /srv/yichuang.</source>
        <translation>数据文件夹须为完整路径，如 /srv/yichuang。</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 是文件，不是文件夹。</translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written by this user.</source>
        <translation>当前用户无权写入数据文件夹 %1。</translation>
    </message>
    <message>
        <source>The data folder %1 does not exist and cannot be made here.</source>
        <translation>数据文件夹 %1 不存在，且无法在此处创建。</translation>
    </message>
</context>
<context>
    <name>yc::sync::SupplementDocument</name>
    <message>
        <source>The supplement could not be read</source>
        <translation>补交无法读取</translation>
    </message>
    <message>
        <source>The supplement has no material files.</source>
        <translation>补交没有材料文件。</translation>
    </message>
</context>
<context>
    <name>yc::sync::SyncEngine</name>
    <message>
        <source>The platform sign-in of %1 has expired; their cases are sent when they sign in online again.</source>
        <translation>%1 的平台登录已过期；待其再次在线登录后报送其案件。</translation>
    </message>
    <message>
        <source>The platform sign-in of %1 has ended; their cases are sent when they sign in online again.</source>
        <translation>%1 的平台登录已结束；待其再次在线登录后报送其案件。</translation>
    </message>
    <message>
        <source>The platform answered a refresh with another staff member; nothing was sent.</source>
        <translation>平台刷新登录时返回了另一名人员，未发送任何内容。</translation>
    </message>
    <message>
        <source>No staff member has signed in online on this PC yet.</source>
        <translation>尚无工作人员在本机在线登录。</translation>
    </message>
    <message>
        <source>The case of this queue entry is missing from the local store.</source>
        <translation>本地数据库中缺少该队列项对应的案件。</translation>
    </message>
    <message>
        <source>The stored file of material &quot;%1&quot; no longer matches its hash; it must be scanned again.</source>
        <translation>材料“%1”的已存文件与其哈希值不再一致，必须重新扫描。</translation>
    </message>
    <message>
        <source>The sync engine has no database connection.</source>
        <translation>同步引擎没有数据库连接。</translation>
    </message>
    <message>
        <source>This PC is not enrolled as a window yet.</source>
        <translation>本机尚未注册为窗口。</translation>
    </message>
    <message>
        <source>The case of this supplement is missing from the local store.</source>
        <translation>此补交所属的办件已不在本地库中。</translation>
    </message>
    <message>
        <source>Waiting until the platform holds the case of this supplement.</source>
        <translation>等待平台收到此补交所属的办件。</translation>
    </message>
    <message>
        <source>Waiting until the platform holds the case of this evaluation.</source>
        <translation>等待平台收到此评价所属的办件。</translation>
    </message>
    <message>
        <source>The queued follow-up of an evaluation is missing or unreadable.</source>
        <translation>待上报的评价整改记录缺失或无法读取。</translation>
    </message>
    <message>
        <source>Waiting until the platform holds the evaluation of this follow-up.</source>
        <translation>等待平台收到该整改对应的评价。</translation>
    </message>
</context>
<context>
    <name>yc::sync::SyncStatus</name>
    <message numerus="yes">
        <source>No sync with the platform for %n day(s): new acceptances are blocked until this PC syncs (or the queue is exported).</source>
        <translation>
            <numerusform>已有 %n 天未与平台同步：在本机同步（或导出队列）之前不能受理新案件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) are waiting for the platform: new acceptances are blocked until they are sent.</source>
        <translation>
            <numerusform>有 %n 件案件等待报送平台：报送之前不能受理新案件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No sync with the platform for %n day(s): connect this PC soon.</source>
        <translation>
            <numerusform>已有 %n 天未与平台同步：请尽快联网。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) are waiting for the platform: connect this PC soon.</source>
        <translation>
            <numerusform>有 %n 件案件等待报送平台：请尽快联网。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yc::sync::TlsText</name>
    <message>
        <source>The CA bundle %1 cannot be read or holds no certificate.</source>
        <translation>CA 证书文件 %1 无法读取或不含证书。</translation>
    </message>
    <message>
        <source>The client certificate %1 or its key %2 cannot be read.</source>
        <translation>无法读取客户端证书 %1 或其私钥 %2。</translation>
    </message>
    <message>
        <source>The client key %1 is not a readable PEM key.</source>
        <translation>客户端私钥 %1 不是可读取的 PEM 密钥。</translation>
    </message>
    <message>
        <source>The platform presented a public key (pin %1) that differs from the pinned key (%2): not connected. If the platform&apos;s key was changed on purpose, update platform/pin_sha256.</source>
        <translation>平台出示的公钥（指纹 %1）与固定的公钥（%2）不同：未连接。如平台密钥是有意更换的，请更新 platform/pin_sha256。</translation>
    </message>
</context>
<context>
    <name>yc::sync::TrainingPlatform</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be created.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>The training platform&apos;s certificate could not be made.</source>
        <translation>无法生成培训平台的证书。</translation>
    </message>
    <message>
        <source>Training mode needs the reference platform %1, which is not installed.</source>
        <translation>培训模式需要参考平台 %1，但未安装。</translation>
    </message>
    <message>
        <source>The training configuration %1 was not found.</source>
        <translation>找不到培训配置 %1。</translation>
    </message>
    <message>
        <source>The training platform did not start: %1</source>
        <translation>培训平台未能启动：%1</translation>
    </message>
    <message>
        <source>The training admin could not sign in: %1</source>
        <translation>培训管理员无法登录：%1</translation>
    </message>
</context>
<context>
    <name>yc::ui::ApprovalsPage</name>
    <message>
        <source>Accept with missing materials</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>例外放行</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Another window</source>
        <translation>其他窗口</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1窗口</translation>
    </message>
    <message>
        <source>Approvals queue</source>
        <translation>审批队列</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>审批类型</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>提请人</translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation>提请时间</translation>
    </message>
    <message>
        <source>Comment (required to deny):</source>
        <translation>意见（驳回时必填）：</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>驳回</translation>
    </message>
    <message>
        <source>Case detail…</source>
        <translation>办件详情…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Requests asked at this PC and at the hall&apos;s other windows.</source>
        <translation>本机及本大厅其他窗口提交的审批申请。</translation>
    </message>
    <message>
        <source>The platform has the decision too.</source>
        <translation>平台也已收到审批结果。</translation>
    </message>
    <message>
        <source>Approved; the platform has the decision.</source>
        <translation>已同意，平台已收到审批结果。</translation>
    </message>
    <message>
        <source>Denied; the platform has the decision.</source>
        <translation>已驳回，平台已收到审批结果。</translation>
    </message>
    <message>
        <source>The platform could not be asked: this list shows this PC&apos;s requests only.</source>
        <translation>无法连接平台：此列表仅显示本机的申请。</translation>
    </message>
    <message>
        <source>Asking the platform for the hall&apos;s requests…</source>
        <translation>正在向平台查询本大厅的审批申请…</translation>
    </message>
    <message>
        <source>This list shows the requests asked at this PC only (%1).</source>
        <translation>此列表仅显示本机提交的申请（%1）。</translation>
    </message>
    <message>
        <source>Offline: this list shows the requests asked at this PC only.</source>
        <translation>离线：此列表仅显示本机提交的申请。</translation>
    </message>
    <message>
        <source>No request waits for a decision.</source>
        <translation>暂无待审批的申请。</translation>
    </message>
    <message>
        <source>%1 for case %2, item %3 (%4), asked by %5.</source>
        <translation>办件 %2 的%1申请，事项：%3（%4），申请人员：%5。</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由：%1</translation>
    </message>
    <message>
        <source>Materials to follow: %1</source>
        <translation>后补材料：%1</translation>
    </message>
    <message>
        <source>Sending the decision to the platform…</source>
        <translation>正在将审批结果发送至平台…</translation>
    </message>
    <message>
        <source>Approved. The clerk can go on with the case.</source>
        <translation>已同意，受理人员可继续办理。</translation>
    </message>
    <message>
        <source>Denied. The clerk sees your comment.</source>
        <translation>已驳回，受理人员可看到您的意见。</translation>
    </message>
    <message>
        <source>The platform could not be told: %1</source>
        <translation>未能通知平台：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>yc::ui::CaseDetailDialog</name>
    <message>
        <source>Case detail</source>
        <translation>办件详情</translation>
    </message>
    <message>
        <source>Show personal data</source>
        <translation>显示个人信息</translation>
    </message>
    <message>
        <source>Shows the applicant unmasked. Every opening is recorded in the audit trail.</source>
        <translation>显示未脱敏的申请人信息，每次查看均记入审计日志。</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>申请事项</translation>
    </message>
    <message>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>申请人员</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation>审批时间</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>意见</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知书</translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation>出具时间</translation>
    </message>
    <message>
        <source>Prints</source>
        <translation>打印次数</translation>
    </message>
    <message>
        <source>History and audit trail</source>
        <translation>办理记录与审计日志</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>审批</translation>
    </message>
    <message>
        <source>Notices</source>
        <translation>通知书</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation>受理编号：%1</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（尚未生成）</translation>
    </message>
    <message>
        <source>Item: %1 %2</source>
        <translation>事项：%1 %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Received: %1 by %2 at window %3</source>
        <translation>收件：%1，%2，%3窗口</translation>
    </message>
    <message>
        <source>Promised by: %1</source>
        <translation>承诺办结：%1</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>同步：%1</translation>
    </message>
    <message>
        <source>not queued</source>
        <translation>未排队</translation>
    </message>
    <message>
        <source>Applicant: %1 %2</source>
        <translation>申请人：%1 %2</translation>
    </message>
    <message>
        <source>No material file is stored for this case on this PC.</source>
        <translation>本机未保存该办件的材料文件。</translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation>申请人：%1</translation>
    </message>
    <message>
        <source>The personal data was opened under your name; the audit trail records it.</source>
        <translation>已以您的名义查看个人信息，审计日志已记录。</translation>
    </message>
    <message>
        <source>%1 is not a PDF: it cannot be previewed here.</source>
        <translation>%1 不是 PDF 文件，无法在此预览。</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>作出受理决定</translation>
    </message>
    <message>
        <source>Completed on the spot</source>
        <translation>即时办结</translation>
    </message>
    <message>
        <source>Approval asked</source>
        <translation>提请审批</translation>
    </message>
    <message>
        <source>Approval answered</source>
        <translation>审批答复</translation>
    </message>
    <message>
        <source>Personal data opened</source>
        <translation>查看个人信息</translation>
    </message>
    <message>
        <source>Personal data purged</source>
        <translation>清除个人信息</translation>
    </message>
    <message>
        <source>Notice printed</source>
        <translation>打印通知书</translation>
    </message>
    <message>
        <source>Notice exported</source>
        <translation>导出通知书</translation>
    </message>
    <message>
        <source>Supplement recorded</source>
        <translation>登记补正材料</translation>
    </message>
    <message>
        <source>Rating recorded</source>
        <translation>登记评价</translation>
    </message>
    <message>
        <source>Rating followed up</source>
        <translation>差评整改</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Accept with materials to follow</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <source>On this PC</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Through the platform</source>
        <translation>通过平台</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待审批</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已同意</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>已驳回</translation>
    </message>
    <message>
        <source>Acceptance notice</source>
        <translation>受理通知书</translation>
    </message>
    <message>
        <source>Correction notice</source>
        <translation>补正材料通知书</translation>
    </message>
    <message>
        <source>Refusal notice</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>收件凭证</translation>
    </message>
    <message>
        <source>Commitment letter</source>
        <translation>容缺受理承诺书</translation>
    </message>
</context>
<context>
    <name>yc::ui::CaseListPage</name>
    <message>
        <source>Under review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <source>Waiting for correction (department)</source>
        <translation>待补正（部门要求）</translation>
    </message>
    <message>
        <source>Supplemented</source>
        <translation>已补正</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Accepted, materials to follow</source>
        <translation>容缺受理，材料待补</translation>
    </message>
    <message>
        <source>Waiting for correction</source>
        <translation>待补正</translation>
    </message>
    <message>
        <source>Not queued</source>
        <translation>未排队</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>待报送</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>报送中</translation>
    </message>
    <message>
        <source>On the platform</source>
        <translation>已报送平台</translation>
    </message>
    <message>
        <source>Refused by the platform: needs attention</source>
        <translation>平台拒收：需处理</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>接收时间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation>承诺办结日期</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reopen draft (Enter)</source>
        <translation>重新打开草稿（Enter）</translation>
    </message>
    <message>
        <source>Record supplement…</source>
        <translation>登记补正材料…</translation>
    </message>
    <message>
        <source>Reprint notice</source>
        <translation>补打通知书</translation>
    </message>
    <message>
        <source>Record rating…</source>
        <translation>登记好差评…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation>（尚无编号）</translation>
    </message>
    <message>
        <source>(item not chosen)</source>
        <translation>（未选择事项）</translation>
    </message>
    <message numerus="yes">
        <source>(%n working day(s) left)</source>
        <translation>
            <numerusform>（剩余 %n 个工作日）</numerusform>
        </translation>
    </message>
    <message>
        <source>(due today)</source>
        <translation>（今日到期）</translation>
    </message>
    <message numerus="yes">
        <source>(overdue by %n working day(s))</source>
        <translation>
            <numerusform>（已超期 %n 个工作日）</numerusform>
        </translation>
    </message>
    <message>
        <source>(provisional: the calendar of that year is not published)</source>
        <translation>（暂定：该年度节假日安排尚未公布）</translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s and open cases at this window: %n</source>
        <translation>
            <numerusform>本窗口今日及未办结办件：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No case today and none open.</source>
        <translation>今日无办件，也无未办结办件。</translation>
    </message>
    <message>
        <source>Enter: reopen a draft, record a supplement for a case waiting for correction, or reprint the notice.</source>
        <translation>Enter：重新打开草稿、为待补正办件登记补正材料或补打通知书。</translation>
    </message>
    <message>
        <source>Sign in first: a supplement is recorded under the clerk who takes it.</source>
        <translation>请先登录：补正材料须登记在收件人员名下。</translation>
    </message>
    <message numerus="yes">
        <source>Supplement of %n material(s) queued for the platform.</source>
        <translation>
            <numerusform>已将 %n 份补正材料排队报送平台。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yc::ui::CatalogPanel</name>
    <message>
        <source>Search items: name, pinyin (sfz), code, department</source>
        <translation>搜索事项：名称、拼音（如 sfz）、编码、部门</translation>
    </message>
    <message>
        <source>&amp;Print guide...</source>
        <translation>打印办事指南(&amp;P)...</translation>
    </message>
    <message>
        <source>Search unavailable: %1</source>
        <translation>搜索不可用：%1</translation>
    </message>
    <message>
        <source>Loading the catalog...</source>
        <translation>正在加载目录...</translation>
    </message>
    <message>
        <source>No catalog imported yet (yichuang-ctl catalog import FILE).</source>
        <translation>尚未导入目录（yichuang-ctl catalog import 文件）。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the catalog</source>
        <translation>
            <numerusform>目录共 %n 个事项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best %n match(es) shown.</source>
        <translation>
            <numerusform>显示最相关的 %n 个结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>No item matches &quot;%1&quot;.</source>
        <translation>没有与“%1”匹配的事项。</translation>
    </message>
    <message>
        <source>No guide is on display.</source>
        <translation>当前没有显示办事指南。</translation>
    </message>
    <message>
        <source>Service guide - %1.pdf</source>
        <translation>办事指南 - %1.pdf</translation>
    </message>
    <message>
        <source>Print guide to PDF</source>
        <translation>将办事指南打印为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Print guide</source>
        <translation>打印办事指南</translation>
    </message>
</context>
<context>
    <name>yc::ui::CitizenModule</name>
    <message>
        <source>The applicant&apos;s rating is queued: %1.</source>
        <translation>申请人评价已排队报送：%1。</translation>
    </message>
    <message>
        <source>The applicant is asked for a rating on the citizen&apos;s screen.</source>
        <translation>已在群众屏上请申请人评价。</translation>
    </message>
</context>
<context>
    <name>yc::ui::CitizenWindow</name>
    <message>
        <source>Your application</source>
        <translation>您的申请</translation>
    </message>
    <message>
        <source>Welcome. Your application is being taken in at this window.</source>
        <translation>您好，本窗口正在受理您的申请。</translation>
    </message>
    <message>
        <source>Please check what is recorded for you</source>
        <translation>请核对为您登记的信息</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation>证件号码：</translation>
    </message>
    <message>
        <source>Service item:</source>
        <translation>办理事项：</translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation>受理编号：</translation>
    </message>
    <message>
        <source>Materials:</source>
        <translation>材料：</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation>感谢您的评价。</translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation>（尚未选择）</translation>
    </message>
    <message>
        <source>(given when the case is accepted)</source>
        <translation>（受理后生成）</translation>
    </message>
    <message>
        <source>(by %1)</source>
        <translation>（%1 前补交）</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>办件 %1：%2</translation>
    </message>
</context>
<context>
    <name>yc::ui::DashboardPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Cases received today</source>
        <translation>今日收件</translation>
    </message>
    <message>
        <source>Waiting to sync (this PC)</source>
        <translation>待报送（本机）</translation>
    </message>
    <message>
        <source>Waiting for correction</source>
        <translation>待补正</translation>
    </message>
    <message>
        <source>Deferred materials due</source>
        <translation>容缺材料到期</translation>
    </message>
    <message>
        <source>Due soon (yellow)</source>
        <translation>即将到期（黄灯）</translation>
    </message>
    <message>
        <source>Overdue (red)</source>
        <translation>已超期（红灯）</translation>
    </message>
    <message>
        <source>Flagged by supervision</source>
        <translation>监察预警</translation>
    </message>
    <message>
        <source>Today by window</source>
        <translation>今日按窗口</translation>
    </message>
    <message>
        <source>Today by clerk</source>
        <translation>今日按受理人</translation>
    </message>
    <message>
        <source>Today by item</source>
        <translation>今日按事项</translation>
    </message>
    <message>
        <source>No cases today</source>
        <translation>今日暂无办件</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Time limit running</source>
        <translation>时限计时中</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>有预警</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>待报送</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Correction notified</source>
        <translation>已一次性告知补正</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation>窗口(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Clerk</source>
        <translation>受理人(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>事项(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>状态(&amp;S)</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Cases per day</source>
        <translation>每日办件量</translation>
    </message>
    <message>
        <source>Completed cases by working days taken</source>
        <translation>已办结办件用时（工作日）</translation>
    </message>
    <message>
        <source>Ratings by level</source>
        <translation>好差评等级分布</translation>
    </message>
    <message>
        <source>No data for the chosen filter</source>
        <translation>所选条件下无数据</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>you signed in offline</source>
        <translation>您为离线登录</translation>
    </message>
    <message>
        <source>this PC is not enrolled with the platform</source>
        <translation>本机尚未在平台注册</translation>
    </message>
    <message>
        <source>no platform sign-in is stored for %1</source>
        <translation>本机没有 %1 的平台登录凭据</translation>
    </message>
    <message>
        <source>The dashboard cannot be shown.</source>
        <translation>无法显示看板。</translation>
    </message>
    <message>
        <source>the platform has not answered yet</source>
        <translation>平台尚未应答</translation>
    </message>
    <message>
        <source>All windows</source>
        <translation>全部窗口</translation>
    </message>
    <message>
        <source>All clerks</source>
        <translation>全部受理人</translation>
    </message>
    <message>
        <source>All items</source>
        <translation>全部事项</translation>
    </message>
    <message>
        <source>The whole hall: this PC&apos;s cases and the hall&apos;s cases from the platform (%1 to %2).</source>
        <translation>全大厅：本机办件及平台上的大厅办件（%1 至 %2）。</translation>
    </message>
    <message>
        <source>This PC&apos;s cases only for now: asking the platform for the hall&apos;s cases…</source>
        <translation>暂只显示本机办件：正在向平台查询大厅办件…</translation>
    </message>
    <message>
        <source>Offline: this shows this PC&apos;s cases only (%1).</source>
        <translation>离线：仅显示本机办件（%1）。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) match the filter.</source>
        <translation>
            <numerusform>符合条件的办件 %n 件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 个工作日</numerusform>
        </translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Hall dashboard: cases</source>
        <translation>大厅看板：办件</translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation>导出办件</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>yc::ui::EnrolmentDialog</name>
    <message>
        <source>Enrol this PC as a window</source>
        <translation>将本机注册为窗口</translation>
    </message>
    <message>
        <source>An administrator registers this PC with the city platform as one window of a hall. A key pair is made on this PC; only its public key is sent.</source>
        <translation>由管理员将本机在市级平台注册为某大厅的一个窗口。密钥对在本机生成，只发送公钥。</translation>
    </message>
    <message>
        <source>&amp;Load halls from the platform</source>
        <translation>从平台读取大厅(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>注册(&amp;E)</translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation>平台地址(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Admin staff id:</source>
        <translation>管理员工号(&amp;A)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Hall:</source>
        <translation>大厅(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation>窗口(&amp;W)：</translation>
    </message>
    <message>
        <source>Fill in every field; the address must start with https://.</source>
        <translation>请填写所有字段；地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>正在注册…</translation>
    </message>
    <message>
        <source>Enter the platform address, the admin staff id and the password first.</source>
        <translation>请先输入平台地址、管理员工号和密码。</translation>
    </message>
    <message>
        <source>Loading halls…</source>
        <translation>正在读取大厅…</translation>
    </message>
</context>
<context>
    <name>yc::ui::IdCardDialog</name>
    <message>
        <source>ID card</source>
        <translation>身份证件</translation>
    </message>
    <message>
        <source>Resident identity card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Residence permit for Hong Kong, Macao and Taiwan residents</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <source>Foreign permanent resident card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>证件</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>英文姓名</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>国籍</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>民族</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Travel permit number</source>
        <translation>通行证号码</translation>
    </message>
    <message>
        <source>Issue count</source>
        <translation>签发次数</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>签发机关</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效期限</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>long-term</source>
        <translation>长期</translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation>此证件已过有效期。</translation>
    </message>
    <message>
        <source>Photo not shown</source>
        <translation>不显示相片</translation>
    </message>
    <message>
        <source>The photo could not be decoded.</source>
        <translation>相片无法解码。</translation>
    </message>
</context>
<context>
    <name>yc::ui::IdCardModule</name>
    <message>
        <source>&amp;Read ID card</source>
        <translation>读取身份证(&amp;R)</translation>
    </message>
    <message>
        <source>Wait for an ID card on the reader and show it</source>
        <translation>等待阅读器上的身份证件并显示</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>No ID card reader is configured: Tools → Settings…</source>
        <translation>未配置身份证阅读器：工具 → 设置…</translation>
    </message>
    <message>
        <source>Place the ID card on the reader…</source>
        <translation>请将身份证件放在阅读器上…</translation>
    </message>
    <message>
        <source>ID card reader</source>
        <translation>身份证阅读器</translation>
    </message>
    <message>
        <source>ID card: %1</source>
        <translation>身份证件：%1</translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation>无法将设置写入 %1。</translation>
    </message>
</context>
<context>
    <name>yc::ui::IntakePage</name>
    <message>
        <source>1 Applicant</source>
        <translation>1 申请人</translation>
    </message>
    <message>
        <source>2 Item</source>
        <translation>2 事项</translation>
    </message>
    <message>
        <source>3 Materials</source>
        <translation>3 材料</translation>
    </message>
    <message>
        <source>4 Review &amp; decision</source>
        <translation>4 审核与决定</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>未说明</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation>性别(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>住址(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <source>Read card (F2)</source>
        <translation>读卡 (F2)</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>下一步 (Enter)</translation>
    </message>
    <message>
        <source>Search the catalog: name, keywords or pinyin initials</source>
        <translation>搜索事项：名称、关键词或拼音首字母</translation>
    </message>
    <message>
        <source>Materials needed:</source>
        <translation>所需材料：</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>返回 (Esc)</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason or due date</source>
        <translation>原因或补交日期</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Up/Down choose a state, Tab moves on. A deferred material needs its due date (yyyy-mm-dd), a deficient one the reason.</source>
        <translation>上/下键选择状态，Tab 键移到下一项。容缺材料须填写补交日期（yyyy-mm-dd），不合格材料须填写原因。</translation>
    </message>
    <message>
        <source>Add file (F5)</source>
        <translation>添加文件 (F5)</translation>
    </message>
    <message>
        <source>Scan (F6)</source>
        <translation>扫描 (F6)</translation>
    </message>
    <message>
        <source>No scanner is set up for this window.</source>
        <translation>本窗口未配置扫描仪。</translation>
    </message>
    <message>
        <source>Accept (F9)</source>
        <translation>受理 (F9)</translation>
    </message>
    <message>
        <source>Correction notice (F10)</source>
        <translation>补正告知 (F10)</translation>
    </message>
    <message>
        <source>Refuse (F11)</source>
        <translation>不予受理 (F11)</translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation>打印 (Ctrl+P)</translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation>新办件 (Ctrl+N)</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <source>No item chosen yet</source>
        <translation>尚未选择事项</translation>
    </message>
    <message>
        <source>New case: read the ID card (F2) or type the applicant.</source>
        <translation>新办件：读取身份证（F2）或录入申请人信息。</translation>
    </message>
    <message>
        <source>Draft reopened.</source>
        <translation>已重新打开草稿。</translation>
    </message>
    <message>
        <source>item not chosen</source>
        <translation>未选择事项</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n material(s)</source>
        <translation>
            <numerusform>%1，%2，%n 份材料</numerusform>
        </translation>
    </message>
    <message>
        <source>Open drafts</source>
        <translation>未完成的草稿</translation>
    </message>
    <message>
        <source>Cases you started and did not decide yet. Reopen one?</source>
        <translation>以下办件已开始录入但尚未作出决定。是否重新打开其中一件？</translation>
    </message>
    <message>
        <source>Answer every question about the applicant&apos;s situation first.</source>
        <translation>请先回答全部情形问题。</translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation>缺少姓名。</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>证件号码：%1</translation>
    </message>
    <message>
        <source>Phone: 11 digits for a mobile, or an area code and number.</source>
        <translation>电话：手机号为 11 位数字，固定电话为区号加号码。</translation>
    </message>
    <message>
        <source>Sign in first (File → Sign in): a case is taken in by a signed-in clerk.</source>
        <translation>请先登录（文件 → 登录）：办件须由已登录的窗口人员受理。</translation>
    </message>
    <message>
        <source>Applicant saved.</source>
        <translation>申请人信息已保存。</translation>
    </message>
    <message>
        <source>Photo read (no decoder to show it)</source>
        <translation>已读取照片（无解码库，无法显示）</translation>
    </message>
    <message>
        <source>Card read. Add the phone number and press Enter.</source>
        <translation>已读卡。请补充电话号码后按 Enter。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Item chosen. Enter goes on to the materials.</source>
        <translation>已选择事项。按 Enter 进入材料。</translation>
    </message>
    <message>
        <source>Item chosen. Answer the questions, then Enter.</source>
        <translation>已选择事项。请回答情形问题，然后按 Enter。</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>（请选择）</translation>
    </message>
    <message>
        <source> (may follow later)</source>
        <translation>（可容缺）</translation>
    </message>
    <message>
        <source>Type what is wrong with &quot;%1&quot; in the reason field.</source>
        <translation>请在原因栏填写“%1”存在的问题。</translation>
    </message>
    <message>
        <source>Saved: %1 — %2</source>
        <translation>已保存：%1 — %2</translation>
    </message>
    <message>
        <source>Added to &quot;%1&quot;: %2</source>
        <translation>已添加到“%1”：%2</translation>
    </message>
    <message>
        <source>Move to a material&apos;s row first.</source>
        <translation>请先移到某一材料所在行。</translation>
    </message>
    <message>
        <source>Add a file for %1</source>
        <translation>为%1添加文件</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>文档 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Page %1 scanned.</source>
        <translation>已扫描第 %1 页。</translation>
    </message>
    <message>
        <source>The scan was cancelled or gave no page; nothing was added.</source>
        <translation>扫描已取消或未得到页面，未添加任何材料。</translation>
    </message>
    <message>
        <source>Scanner: %1</source>
        <translation>扫描仪：%1</translation>
    </message>
    <message>
        <source>Scanning &quot;%1&quot;…</source>
        <translation>正在扫描“%1”…</translation>
    </message>
    <message>
        <source>Review before the decision</source>
        <translation>决定前审核</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>申请人：</translation>
    </message>
    <message>
        <source>Item:</source>
        <translation>事项：</translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation>未选择</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) about the situation unanswered.</source>
        <translation>
            <numerusform>有 %n 个情形问题尚未回答。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1，%2 前补交</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Every material is there: the case can be accepted (F9).</source>
        <translation>材料齐全：可以受理（F9）。</translation>
    </message>
    <message numerus="yes">
        <source>%n material(s) not there: a correction notice (F10) lists them.</source>
        <translation>
            <numerusform>%n 份材料不齐：补正材料通知书（F10）将一并列明。</numerusform>
        </translation>
    </message>
    <message>
        <source>Refuse the application</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>理由(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation>负责人工号(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>Approve and refuse</source>
        <translation>审批并不予受理</translation>
    </message>
    <message>
        <source>Accepted: case %1, promised by %2.</source>
        <translation>已受理：受理编号 %1，承诺办结日期 %2。</translation>
    </message>
    <message>
        <source>Accepted with materials to follow: case %1, promised by %2.</source>
        <translation>已容缺受理：受理编号 %1，承诺办结日期 %2。</translation>
    </message>
    <message>
        <source>Refused: case %1.</source>
        <translation>不予受理：编号 %1。</translation>
    </message>
    <message>
        <source>Correction notice issued: case %1.</source>
        <translation>已出具补正材料通知书：编号 %1。</translation>
    </message>
    <message>
        <source>The notice could not be produced: %1</source>
        <translation>无法生成通知书：%1</translation>
    </message>
    <message>
        <source>Print the notice (Ctrl+P), then Ctrl+N for the next case.</source>
        <translation>请打印通知书（Ctrl+P），然后按 Ctrl+N 办理下一件。</translation>
    </message>
    <message>
        <source>Print the notice</source>
        <translation>打印通知书</translation>
    </message>
    <message>
        <source>The printer cannot be used.</source>
        <translation>打印机无法使用。</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>Person or organisation as on the document</source>
        <translation>按证件填写个人姓名或单位名称</translation>
    </message>
    <message>
        <source>ID number, or an organisation&apos;s unified social credit code</source>
        <translation>身份证件号码，或单位统一社会信用代码</translation>
    </message>
    <message>
        <source>Mobile or landline, for the result notice</source>
        <translation>手机或固定电话，用于结果通知</translation>
    </message>
    <message>
        <source>&amp;ID number / credit code</source>
        <translation>证件号码/统一社会信用代码(&amp;I)</translation>
    </message>
    <message>
        <source>An agen&amp;t acts for the applicant (power of attorney)</source>
        <translation>委托代理人办理（需授权委托书）(&amp;T)</translation>
    </message>
    <message>
        <source>Agent&apos;s na&amp;me</source>
        <translation>代理人姓名(&amp;M)</translation>
    </message>
    <message>
        <source>Agent&apos;s I&amp;D number</source>
        <translation>代理人证件号码(&amp;D)</translation>
    </message>
    <message>
        <source>Agent&apos;s p&amp;hone</source>
        <translation>代理人电话(&amp;H)</translation>
    </message>
    <message>
        <source>Accept, materials to follow (Shift+F9)</source>
        <translation>容缺受理（Shift+F9）</translation>
    </message>
    <message>
        <source>This draft belongs to another staff member.</source>
        <translation>此草稿属于其他工作人员。</translation>
    </message>
    <message>
        <source>The ID number or credit code is missing.</source>
        <translation>缺少证件号码或统一社会信用代码。</translation>
    </message>
    <message>
        <source>Organisation: unified social credit code checked.</source>
        <translation>单位：统一社会信用代码校验通过。</translation>
    </message>
    <message>
        <source>%1: number checked.</source>
        <translation>%1：号码校验通过。</translation>
    </message>
    <message>
        <source>The agent&apos;s name is missing.</source>
        <translation>缺少代理人姓名。</translation>
    </message>
    <message>
        <source>The agent&apos;s ID number is missing.</source>
        <translation>缺少代理人证件号码。</translation>
    </message>
    <message>
        <source>Agent&apos;s ID number: %1</source>
        <translation>代理人证件号码：%1</translation>
    </message>
    <message>
        <source>The agent is a person: type their own ID number, not a credit code.</source>
        <translation>代理人须为自然人：请填写其本人证件号码，而非统一社会信用代码。</translation>
    </message>
    <message>
        <source>Agent&apos;s phone: 11 digits for a mobile, or an area code and number.</source>
        <translation>代理人电话：手机为 11 位数字，固定电话须含区号。</translation>
    </message>
    <message numerus="yes">
        <source>Applicant saved. %n earlier case(s) of this applicant here: their materials can be reused on the materials step while still valid.</source>
        <translation>
            <numerusform>申请人信息已保存。该申请人在本窗口有 %n 件历史办件：有效期内的材料可在材料步骤中复用。</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed in for case %1 on %2</source>
        <translation>已于 %2 随办件 %1 提交</translation>
    </message>
    <message>
        <source>Waiting for the supervisor&apos;s answer through the platform (%1); F12 asks again.</source>
        <translation>正在等待窗口负责人通过平台答复（%1）；按 F12 再次查询。</translation>
    </message>
    <message>
        <source>No material is marked &quot;follows later&quot;: mark the deferrable ones on the materials step (Esc) with their due date first.</source>
        <translation>没有标为&quot;容缺后补&quot;的材料：请先在材料步骤（Esc）标记可容缺材料并填写补交日期。</translation>
    </message>
    <message>
        <source>Only deferrable materials may follow later; still missing: %1. A correction notice (F10) lists them.</source>
        <translation>只有可容缺材料可以后补；仍缺：%1。可出具补正材料通知书（F10）一并列明。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Accept with materials to follow</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <source>Materials to follow:</source>
        <translation>容缺材料：</translation>
    </message>
    <message>
        <source>The applicant signs the commitment letter (printed with the notice)</source>
        <translation>申请人签署容缺受理承诺书（随通知书打印）</translation>
    </message>
    <message>
        <source>A supervisor approves here with their own staff id and password, or is asked through the platform (the screen stays free meanwhile):</source>
        <translation>由窗口负责人在本机输入本人工号和密码审批，或通过平台请示（等待期间可继续办理其他业务）：</translation>
    </message>
    <message>
        <source>Approve and accept</source>
        <translation>审批并受理</translation>
    </message>
    <message>
        <source>&amp;Ask through the platform</source>
        <translation>通过平台请示(&amp;A)</translation>
    </message>
    <message>
        <source>Accepting with materials to follow needs the applicant&apos;s signed commitment letter.</source>
        <translation>容缺受理须由申请人签署承诺书。</translation>
    </message>
    <message>
        <source>The supervisor is asked through the platform; this case goes on by itself when they answer. Ctrl+N serves the next applicant meanwhile, F12 asks the platform again.</source>
        <translation>已通过平台请示窗口负责人；答复后本办件自动继续。其间可按 Ctrl+N 接待下一位申请人，按 F12 再次查询。</translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s) of the applicant in the e-licence library: choose &quot;from the licence library&quot; for the material, no paper needed.</source>
        <translation>
            <numerusform>电子证照库中有申请人的 %n 个证照：相应材料可选择&quot;电子证照调取&quot;，无需纸质材料。</numerusform>
        </translation>
    </message>
    <message>
        <source>dishonest judgement debtor</source>
        <translation>失信被执行人</translation>
    </message>
    <message>
        <source>serious violation of law and trust</source>
        <translation>严重失信主体</translation>
    </message>
    <message>
        <source>abnormal business operation</source>
        <translation>经营异常名录</translation>
    </message>
    <message>
        <source>%1 (%2, listed %3): %4</source>
        <translation>%1（%2，%3 列入）：%4</translation>
    </message>
    <message>
        <source>Credit warning from the platform (for your information; the case goes on): %1</source>
        <translation>平台信用提示（仅供参考，不影响受理）：%1</translation>
    </message>
    <message>
        <source>The platform could not be asked for the approval (%1); it is asked again shortly.</source>
        <translation>暂时无法向平台请示（%1），稍后将自动重试。</translation>
    </message>
    <message>
        <source>The supervisor did not approve the %1; the case stays open as a draft.</source>
        <translation>窗口负责人未同意%1，办件仍保留为草稿。</translation>
    </message>
    <message>
        <source>The supervisor approved: case %1 is decided (%2). Its notice can be printed from Case → Reprint notice.</source>
        <translation>窗口负责人已同意：办件 %1 已作出决定（%2）。可在“办件 → 补打通知书”中打印。</translation>
    </message>
</context>
<context>
    <name>yc::ui::LockScreen</name>
    <message>
        <source>This window is locked</source>
        <translation>窗口已锁定</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Sign in as &amp;another staff member…</source>
        <translation>其他工作人员登录(&amp;A)…</translation>
    </message>
    <message>
        <source>%1 (%2) is signed in at this window; it has been locked since %3.
Enter their password to unlock it.</source>
        <translation>本窗口登录人员：%1（%2），自 %3 起锁定。
请输入其密码解锁。</translation>
    </message>
</context>
<context>
    <name>yc::ui::MainWindow</name>
    <message>
        <source>Data: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>Where this window keeps its local, encrypted store</source>
        <translation>本窗口的本地加密数据存放位置</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>Staff: none signed in</source>
        <translation>工作人员：未登录</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>工作人员：%1</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>平台：%1</translation>
    </message>
    <message>
        <source>About Yichuang</source>
        <translation>关于一窗受理</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Yichuang single-window intake %1&lt;/h3&gt;&lt;p&gt;The window clerk&apos;s workbench for government service halls: identity, service catalog, materials, acceptance notices and the case queue to the city platform.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;一窗受理工作台 %1&lt;/h3&gt;&lt;p&gt;政务服务大厅窗口人员的工作台：身份核验、事项目录、材料收取、受理通知书，以及报送市级平台的办件队列。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>[Training] %1</source>
        <translation>【培训】%1</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>培训模式</translation>
    </message>
    <message>
        <source>Training mode: synthetic data and a local reference platform; nothing reaches the real platform.</source>
        <translation>培训模式：使用模拟数据和本机参考平台，任何内容都不会报送真实平台。</translation>
    </message>
</context>
<context>
    <name>yc::ui::MaterialPreview</name>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Fit the page to the width of the view</source>
        <translation>使页面适合视图宽度</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>yc::ui::MaterialScanner</name>
    <message>
        <source>The scan was cancelled or gave no page; nothing was added.</source>
        <translation>扫描已取消或未得到页面，未添加任何材料。</translation>
    </message>
    <message>
        <source>Scanner: %1</source>
        <translation>扫描仪：%1</translation>
    </message>
    <message>
        <source>No scanner is set up for this window.</source>
        <translation>本窗口未配置扫描仪。</translation>
    </message>
</context>
<context>
    <name>yc::ui::NoticePrinter</name>
    <message>
        <source>The notice&apos;s PDF cannot be read.</source>
        <translation>无法读取通知书的 PDF。</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>无法写入文件 %1。</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>无法启动打印机。</translation>
    </message>
    <message>
        <source>Page %1 could not be started.</source>
        <translation>无法开始第 %1 页。</translation>
    </message>
    <message>
        <source>The printer did not take the notice.</source>
        <translation>打印机未能接收该通知书。</translation>
    </message>
    <message>
        <source>Page %1 could not be rendered.</source>
        <translation>无法渲染第 %1 页。</translation>
    </message>
</context>
<context>
    <name>yc::ui::PrintModule</name>
    <message>
        <source>Re&amp;print notice…</source>
        <translation>补打通知书(&amp;P)…</translation>
    </message>
    <message>
        <source>Find a case and print one of its notices again</source>
        <translation>查找办件并重新打印其通知书</translation>
    </message>
    <message numerus="yes">
        <source>Notice printed (%n time(s) in all).</source>
        <translation>
            <numerusform>通知书已打印（累计 %n 次）。</numerusform>
        </translation>
    </message>
    <message>
        <source>No notice is kept with this case.</source>
        <translation>本办件没有留存的通知书。</translation>
    </message>
</context>
<context>
    <name>yc::ui::PrintPreviewDialog</name>
    <message>
        <source>Print notice</source>
        <translation>打印通知书</translation>
    </message>
    <message>
        <source>Where to save the PDF file</source>
        <translation>PDF 文件的保存位置</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation>打印机(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <source>Acceptance notice</source>
        <translation>受理通知书</translation>
    </message>
    <message>
        <source>Correction notice</source>
        <translation>补正材料通知书</translation>
    </message>
    <message>
        <source>Refusal notice</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <source>Receipt of materials</source>
        <translation>材料接收凭证</translation>
    </message>
    <message>
        <source>Commitment letter</source>
        <translation>容缺受理承诺书</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>Print notice: %1</source>
        <translation>打印通知书：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 · case %2 · issued %3 · %n page(s)</source>
        <translation>
            <numerusform>%1 · 办件 %2 · 出具于 %3 · 共 %n 页</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>printed %n time(s)</source>
        <translation>
            <numerusform>已打印 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation>将通知书保存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>No notice is shown.</source>
        <translation>未显示任何通知书。</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>替换该文件？</translation>
    </message>
    <message>
        <source>“%1” exists. Replace it?</source>
        <translation>“%1”已存在，是否替换？</translation>
    </message>
    <message>
        <source>The printer “%1” is not available.</source>
        <translation>打印机“%1”不可用。</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>正在打印…</translation>
    </message>
    <message>
        <source>The notice was not printed: %1</source>
        <translation>通知书未打印：%1</translation>
    </message>
    <message>
        <source>The notice was printed, but the print could not be recorded: %1</source>
        <translation>通知书已打印，但本次打印未能记录：%1</translation>
    </message>
</context>
<context>
    <name>yc::ui::PrinterMemory</name>
    <message>
        <source>No printer is set up on this PC; the notice can be saved as a PDF file.</source>
        <translation>本机未设置打印机；可将通知书保存为 PDF 文件。</translation>
    </message>
    <message>
        <source>The printer “%1” used last time is not available, and no other printer is set up on this PC; the notice can be saved as a PDF file.</source>
        <translation>上次使用的打印机“%1”不可用，本机也没有其他打印机；可将通知书保存为 PDF 文件。</translation>
    </message>
    <message>
        <source>The printer “%1” used last time is not available; the default printer “%2” is selected.</source>
        <translation>上次使用的打印机“%1”不可用，已选择默认打印机“%2”。</translation>
    </message>
    <message>
        <source>The printer “%1” used last time is not available; “%2” is selected.</source>
        <translation>上次使用的打印机“%1”不可用，已选择“%2”。</translation>
    </message>
</context>
<context>
    <name>yc::ui::RatingDialog</name>
    <message>
        <source>Record the applicant&apos;s rating</source>
        <translation>登记申请人评价</translation>
    </message>
    <message>
        <source>Case %1, %2 (%3).</source>
        <translation>办件 %1，%2（%3）。</translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation>（尚无编号）</translation>
    </message>
    <message>
        <source>Ask the applicant how satisfied they are and record their answer (keys 1-5, Ctrl+Enter).</source>
        <translation>请询问申请人的满意程度并登记（数字键 1-5，Ctrl+Enter 提交）。</translation>
    </message>
    <message>
        <source>Not now (Esc)</source>
        <translation>暂不评价（Esc）</translation>
    </message>
</context>
<context>
    <name>yc::ui::RatingWidget</name>
    <message>
        <source>How satisfied are you with the service at this window?</source>
        <translation>您对本窗口的服务是否满意？</translation>
    </message>
    <message>
        <source>Please tell us what was not &amp;satisfactory (required):</source>
        <translation>请告诉我们不满意之处(&amp;S)（必填）：</translation>
    </message>
    <message>
        <source>Submit rating (Ctrl+Enter)</source>
        <translation>提交评价（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>No local store.</source>
        <translation>本地数据库不可用。</translation>
    </message>
</context>
<context>
    <name>yc::ui::RatingsPage</name>
    <message>
        <source>5 Very satisfied</source>
        <translation>5 非常满意</translation>
    </message>
    <message>
        <source>4 Satisfied</source>
        <translation>4 满意</translation>
    </message>
    <message>
        <source>3 Fairly satisfied</source>
        <translation>3 基本满意</translation>
    </message>
    <message>
        <source>2 Dissatisfied</source>
        <translation>2 不满意</translation>
    </message>
    <message>
        <source>1 Very dissatisfied</source>
        <translation>1 非常不满意</translation>
    </message>
    <message>
        <source>Window device</source>
        <translation>窗口评价器</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>二维码</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation>热线</translation>
    </message>
    <message>
        <source>Followed up, sent</source>
        <translation>已整改，已上报</translation>
    </message>
    <message>
        <source>Followed up, waiting to be sent</source>
        <translation>已整改，待上报</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>自%1起逾期</translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation>%1前整改</translation>
    </message>
    <message>
        <source>Rating results</source>
        <translation>好差评结果</translation>
    </message>
    <message>
        <source>Rated at</source>
        <translation>评价时间</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Rectification:</source>
        <translation>整改情况：</translation>
    </message>
    <message>
        <source>Callback record:</source>
        <translation>回访记录：</translation>
    </message>
    <message>
        <source>Record follow-up</source>
        <translation>登记整改</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Ratings given at this PC: %1; bad: %2; waiting for a follow-up: %3.</source>
        <translation>本机评价：%1 条；差评：%2 条；待整改：%3 条。</translation>
    </message>
    <message>
        <source>No rating was given at this PC yet.</source>
        <translation>本机暂无评价。</translation>
    </message>
    <message>
        <source>Case %1, %2.</source>
        <translation>办件 %1，%2。</translation>
    </message>
    <message>
        <source>(number not yet given)</source>
        <translation>（尚无受理编号）</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>评价意见：%1</translation>
    </message>
    <message>
        <source>Rectification: %1</source>
        <translation>整改情况：%1</translation>
    </message>
    <message>
        <source>Callback record: %1</source>
        <translation>回访记录：%1</translation>
    </message>
    <message>
        <source>Choose the rating to follow up.</source>
        <translation>请选择要整改的评价。</translation>
    </message>
    <message>
        <source>Follow-up recorded; it is sent to the platform with the next sync.</source>
        <translation>整改已登记，将在下次同步时上报平台。</translation>
    </message>
</context>
<context>
    <name>yc::ui::ReaderSettingsPage</name>
    <message>
        <source>(no reader)</source>
        <translation>（无阅读器）</translation>
    </message>
    <message>
        <source>Reader &amp;type:</source>
        <translation>阅读器类型(&amp;T)：</translation>
    </message>
    <message>
        <source>Serial port (auto probes every port), vendor library port number (1001 = first USB reader), or for the simulated reader a card file (empty: a built-in training card)</source>
        <translation>串口（auto 表示逐个探测所有串口）、厂商库端口号（1001 为第一个 USB 阅读器），或模拟阅读器的证件文件（留空：内置培训证件）</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Speed (baud):</source>
        <translation>速率（波特）(&amp;S)：</translation>
    </message>
    <message>
        <source>Read each card as soon as it is placed on the reader</source>
        <translation>证件一放到阅读器上就自动读取</translation>
    </message>
    <message>
        <source>&amp;Test reader</source>
        <translation>测试阅读器(&amp;T)</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>The reader answers; it is ready to read cards.</source>
        <translation>阅读器有应答，可以读证。</translation>
    </message>
    <message>
        <source>The reader does not work: %1</source>
        <translation>阅读器不能工作：%1</translation>
    </message>
</context>
<context>
    <name>yc::ui::ReaderStatusWidget</name>
    <message>
        <source>ID card reader: %1</source>
        <translation>身份证阅读器：%1</translation>
    </message>
    <message>
        <source>Tools → Settings… chooses the reader</source>
        <translation>在 工具 → 设置… 中选择阅读器</translation>
    </message>
</context>
<context>
    <name>yc::ui::ReprintDialog</name>
    <message>
        <source>Reprint a notice</source>
        <translation>补打通知书</translation>
    </message>
    <message>
        <source>Case number or case id</source>
        <translation>受理编号或办件 ID</translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation>办件(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知书</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>出具时间</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>打印次数</translation>
    </message>
    <message>
        <source>Last printed</source>
        <translation>最近打印</translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation>预览并打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Type the case number (or the case id).</source>
        <translation>请输入受理编号（或办件 ID）。</translation>
    </message>
    <message>
        <source>No case “%1” at this window.</source>
        <translation>本窗口没有办件“%1”。</translation>
    </message>
    <message>
        <source>No notice is kept for case %1.</source>
        <translation>办件 %1 没有保存的通知书。</translation>
    </message>
    <message numerus="yes">
        <source>Case %1: %n notice(s).</source>
        <translation>
            <numerusform>办件 %1：%n 份通知书。</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded before notices were kept: there is no PDF to print.</source>
        <translation>登记于开始保存通知书之前：没有可打印的 PDF。</translation>
    </message>
</context>
<context>
    <name>yc::ui::SessionLockModule</name>
    <message>
        <source>&amp;Lock window</source>
        <translation>锁定窗口(&amp;L)</translation>
    </message>
</context>
<context>
    <name>yc::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Nothing was saved. Please correct:</source>
        <translation>未保存任何设置。请更正：</translation>
    </message>
</context>
<context>
    <name>yc::ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>登录(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Staff id:</source>
        <translation>工号(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter your staff id and password.</source>
        <translation>请输入工号和密码。</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>yc::ui::StationSettingsPages</name>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Scanner and printer</source>
        <translation>扫描仪和打印机</translation>
    </message>
    <message>
        <source>Hall and window</source>
        <translation>大厅和窗口</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation>平台地址(&amp;A)：</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation>PEM 文件 (*.pem *.crt *.cer *.key);;所有文件 (*)</translation>
    </message>
    <message>
        <source>empty: the system&apos;s trusted certificates</source>
        <translation>留空：使用系统信任的证书</translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>empty: no pin</source>
        <translation>留空：不固定公钥</translation>
    </message>
    <message>
        <source>Key &amp;pin (SHA-256):</source>
        <translation>公钥固定值(&amp;P)（SHA-256）：</translation>
    </message>
    <message>
        <source>empty: none</source>
        <translation>留空：无</translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation>客户端证书(&amp;E)：</translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation>客户端私钥(&amp;K)：</translation>
    </message>
    <message>
        <source>A connection is only ever made with a verified certificate. yichuang-ctl platform check URL shows the platform&apos;s key pin.</source>
        <translation>只有证书验证通过才会建立连接。可用 yichuang-ctl platform check URL 查看平台的公钥固定值。</translation>
    </message>
    <message>
        <source>(no scanner)</source>
        <translation>（无扫描仪）</translation>
    </message>
    <message>
        <source>Scanner &amp;type:</source>
        <translation>扫描仪类型(&amp;T)：</translation>
    </message>
    <message>
        <source>The scanner&apos;s device name; empty: the first scanner found</source>
        <translation>扫描仪设备名；留空：使用找到的第一台扫描仪</translation>
    </message>
    <message>
        <source>Scanner &amp;device:</source>
        <translation>扫描仪设备(&amp;D)：</translation>
    </message>
    <message>
        <source>T&amp;est scanner</source>
        <translation>测试扫描仪(&amp;E)</translation>
    </message>
    <message>
        <source>(the system&apos;s default printer)</source>
        <translation>（系统默认打印机）</translation>
    </message>
    <message>
        <source>&amp;Printer for notices:</source>
        <translation>通知书打印机(&amp;P)：</translation>
    </message>
    <message>
        <source>Hall &amp;name:</source>
        <translation>大厅名称(&amp;N)：</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>Hall &amp;level:</source>
        <translation>大厅层级(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Area code (GB/T 2260):</source>
        <translation>行政区划代码(&amp;A)（GB/T 2260）：</translation>
    </message>
    <message>
        <source>&amp;Window number:</source>
        <translation>窗口编号(&amp;W)：</translation>
    </message>
    <message>
        <source>Enrolment with the platform sets the hall and window too; the catalog shows the items of this hall&apos;s level and area.</source>
        <translation>向平台注册本机时也会设置大厅和窗口；事项目录只显示本大厅层级和区划的事项。</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>跟随系统语言</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>A new language takes effect when Yichuang is started again. Dates and numbers follow it.</source>
        <translation>更改的语言在重新启动一窗受理工作台后生效，日期和数字格式随之改变。</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Lock the screen after &amp;idle:</source>
        <translation>无操作锁屏时间(&amp;I)：</translation>
    </message>
    <message>
        <source>empty: the default folder</source>
        <translation>留空：使用默认文件夹</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>数据文件夹(&amp;D)：</translation>
    </message>
    <message>
        <source>Now in use: %1. A new folder takes effect at the next start; the data is not moved: copy the folder, with its key, before (see the IT guide).</source>
        <translation>当前使用：%1。新文件夹在下次启动时生效，数据不会自动迁移：请先将文件夹连同其密钥一并复制（见信息技术人员指南）。</translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>正在查找扫描仪…</translation>
    </message>
    <message>
        <source>No scanner found: check the cable and that it is switched on.</source>
        <translation>未找到扫描仪：请检查连接线和电源。</translation>
    </message>
    <message>
        <source>The scanner %1 is not connected; found: %2.</source>
        <translation>扫描仪 %1 未连接；找到的是：%2。</translation>
    </message>
    <message>
        <source>The scanner answers: %1.</source>
        <translation>扫描仪响应正常：%1。</translation>
    </message>
    <message>
        <source>The scanner does not work: %1</source>
        <translation>扫描仪无法工作：%1</translation>
    </message>
</context>
<context>
    <name>yc::ui::SupplementDialog</name>
    <message>
        <source>Record a supplement</source>
        <translation>登记补正材料</translation>
    </message>
    <message>
        <source>Material handed in</source>
        <translation>补交材料</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>原状态</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Add file… (F5)</source>
        <translation>添加文件…（F5）</translation>
    </message>
    <message>
        <source>&amp;Note (what was handed in, anything the department should know):</source>
        <translation>备注(&amp;N)（所交材料及需告知部门的情况）：</translation>
    </message>
    <message>
        <source>Queue supplement (Ctrl+Enter)</source>
        <translation>排队报送补正材料（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>No case with id %1.</source>
        <translation>没有编号为 %1 的办件。</translation>
    </message>
    <message>
        <source>Case %1, %2 (%3): tick what the applicant brought now and add its file.</source>
        <translation>办件 %1，%2（%3）：勾选申请人本次补交的材料并添加文件。</translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation>（尚无编号）</translation>
    </message>
    <message>
        <source>(due %1)</source>
        <translation>（应于 %1 前补交）</translation>
    </message>
    <message>
        <source>no file yet</source>
        <translation>尚无文件</translation>
    </message>
    <message>
        <source>This case owes no material.</source>
        <translation>本办件无待补材料。</translation>
    </message>
    <message>
        <source>Move to a material&apos;s row first.</source>
        <translation>请先移到某一材料所在行。</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 无法使用：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n page(s)</source>
        <translation>
            <numerusform>%1，共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a file for %1</source>
        <translation>为%1添加文件</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation>文档 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Add the file of &quot;%1&quot; (F5), or untick it.</source>
        <translation>请添加&quot;%1&quot;的文件（F5），或取消勾选。</translation>
    </message>
    <message>
        <source>Tick the materials the applicant handed in (Space) and add their files (F5).</source>
        <translation>请勾选申请人所交材料（空格键）并添加文件（F5）。</translation>
    </message>
    <message>
        <source>Scan (F6)</source>
        <translation>扫描 (F6)</translation>
    </message>
    <message>
        <source>No scanner is set up for this window.</source>
        <translation>本窗口未配置扫描仪。</translation>
    </message>
    <message>
        <source>scanning, page %1…</source>
        <translation>正在扫描第 %1 页…</translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation>正在扫描…</translation>
    </message>
    <message numerus="yes">
        <source>scanned, %n page(s)</source>
        <translation>
            <numerusform>已扫描，共 %n 页</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yc::ui::SyncQueuePage</name>
    <message>
        <source>Refused: needs attention</source>
        <translation>被拒绝：需人工处理</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>审查中</translation>
    </message>
    <message>
        <source>Correction requested</source>
        <translation>要求补正</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <source>Uploading materials</source>
        <translation>正在上传材料</translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation>正在报送</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source> (will retry)</source>
        <translation>（将重试）</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>受理编号</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>受理人员</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>下次尝试</translation>
    </message>
    <message>
        <source>Platform&apos;s answer</source>
        <translation>平台应答</translation>
    </message>
    <message>
        <source>Uploading materials: %p%</source>
        <translation>正在上传材料：%p%</translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>立即重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>(not yet numbered)</source>
        <translation>（尚未编号）</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) waiting for the platform</source>
        <translation>
            <numerusform>有 %n 件案件等待报送平台</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>补交</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) or supplement(s) waiting for the platform</source>
        <translation>
            <numerusform>有 %n 项评价或补交等待报送平台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) refused: they wait for a person (select them and press Retry now)</source>
        <translation>
            <numerusform>%n 项被拒绝，等待人工处理（选中后按“立即重试”）</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating follow-up</source>
        <translation>差评整改</translation>
    </message>
</context>
<context>
    <name>yc::ui::SyncStatusWidget</name>
    <message>
        <source>Sync: unknown</source>
        <translation>同步：未知</translation>
    </message>
    <message>
        <source>Sync: this PC is not enrolled</source>
        <translation>同步：本机尚未注册</translation>
    </message>
    <message>
        <source>Tools &gt; Enrol this PC… registers it as a window of a hall.</source>
        <translation>“工具 &gt; 注册本机…”可将本机注册为大厅的一个窗口。</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>%1 | waiting: %2 | last sync: %3 | numbers left: %4</source>
        <translation>%1 | 待报送：%2 | 上次同步：%3 | 剩余编号：%4</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message numerus="yes">
        <source> | %n need attention</source>
        <translation>
            <numerusform> | %n 件需处理</numerusform>
        </translation>
    </message>
    <message>
        <source> | evaluations/supplements waiting: %1</source>
        <translation> | 待报送评价/补交：%1</translation>
    </message>
</context>
</TS>
