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
        <source>Yichuang single-window intake: the window clerk's workbench.</source>
        <translation>一窗受理：窗口人员的受理工作台。</translation>
    </message>
    <message>
        <source>Keep the local store in &lt;dir&gt; (default: $YICHUANG_DATA_DIR, else the user's application data folder).</source>
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
        <source>Sync queue</source>
        <translation>同步队列</translation>
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
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
  --help       Show this help (or a command's help: yichuang-ctl COMMAND --help)
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
</context>
<context>
    <name>yc::ctl::DbCheck</name>
    <message>
        <source>Opens the local store (creating it if absent), checks it read-only first, then applies schema migrations and prints the schema version, the number of cases and of pending outbox items. A damaged store or one with a newer schema is reported and left untouched.</source>
        <translation>打开本地数据库（不存在则创建），先以只读方式检查，再执行结构升级，并输出结构版本、办件数和待上传队列条数。损坏的数据库或结构版本更新的数据库只报告问题，文件保持原样。</translation>
    </message>
    <message>
        <source>Data directory of the store.</source>
        <translation>本地数据目录。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>以一个 JSON 对象输出结果。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>多余的参数：%1</translation>
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
    <name>yc::ctl::SyncCommands</name>
    <message>
        <source>Data directory of the store.</source>
        <translation>本地数据库所在的数据目录。</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Wrong number of arguments; see --help.</source>
        <translation>参数个数不对，请参阅 --help。</translation>
    </message>
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
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Enrols this PC as a window of a hall: makes its key pair and registers the public key. The admin's password is read from standard input.</source>
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
        <source>Also list cases the platform holds already.</source>
        <translation>同时列出平台已收到的案件。</translation>
    </message>
    <message>
        <source>Lists the sync queue, one JSON object per case (no personal data).</source>
        <translation>列出同步队列，每件案件一个 JSON 对象（不含个人信息）。</translation>
    </message>
    <message>
        <source>error: the queue cannot be read.</source>
        <translation>错误：无法读取同步队列。</translation>
    </message>
    <message>
        <source>Clears the wait of one queue entry ("Retry now").</source>
        <translation>取消某个队列项的等待（“立即重试”）。</translation>
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
        <source>warning: this PC's clock differs from the platform's by more than 5 minutes.</source>
        <translation>警告：本机时钟与平台相差超过 5 分钟。</translation>
    </message>
    <message>
        <source>Queues pending cases from a previous window system (format: app/sync/CASE_IMPORT.md). They are stored, encrypted and sent exactly like cases accepted in the GUI. Importing the same file again changes nothing.</source>
        <translation>将旧窗口系统中未报送的案件加入队列（格式见 app/sync/CASE_IMPORT.md）。这些案件与界面中受理的案件一样保存、加密和报送。重复导入同一文件不会有任何改变。</translation>
    </message>
    <message>
        <source>error: %1 cannot be read.</source>
        <translation>错误：无法读取 %1。</translation>
    </message>
    <message>
        <source>error: %1 is not a case import file (format "yichuang-case-import").</source>
        <translation>错误：%1 不是案件导入文件（格式应为“yichuang-case-import”）。</translation>
    </message>
    <message>
        <source>each case needs a caseId (UUID) or a sourceId</source>
        <translation>每件案件需要 caseId（UUID）或 sourceId</translation>
    </message>
    <message>
        <source>decision must be accepted, accepted-with-missing, correction-notified or refused</source>
        <translation>decision 必须是 accepted、accepted-with-missing、correction-notified 或 refused</translation>
    </message>
    <message>
        <source>receivedAt must be an ISO 8601 time</source>
        <translation>receivedAt 必须是 ISO 8601 时间</translation>
    </message>
    <message>
        <source>staff %1 has never signed in on this PC; sign them in once (yichuang-ctl staff sign-in) so their cases are sent under their name</source>
        <translation>工作人员 %1 从未在本机登录；请先让其登录一次（yichuang-ctl staff sign-in），以便以其名义报送案件</translation>
    </message>
    <message>
        <source>the applicant needs idType, idNumber and name</source>
        <translation>申请人需要 idType、idNumber 和 name</translation>
    </message>
    <message>
        <source>material file %1 cannot be read</source>
        <translation>无法读取材料文件 %1</translation>
    </message>
    <message>
        <source>every material needs a name</source>
        <translation>每份材料都需要名称</translation>
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
        <source>List the sync queue</source>
        <translation>列出同步队列</translation>
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
        <source>Decrypt an outbox export for the platform's import</source>
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
        <source>number</source>
        <translation>号码</translation>
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
        <source>No case number could be taken</source>
        <translation>无法取得受理编号</translation>
    </message>
    <message>
        <source>The case could not be recorded</source>
        <translation>无法记录该案件</translation>
    </message>
    <message>
        <source>The material could not be recorded</source>
        <translation>无法记录该材料</translation>
    </message>
    <message>
        <source>The case could not be queued</source>
        <translation>无法将该案件加入队列</translation>
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
</context>
<context>
    <name>yc::storage::FieldCipher</name>
    <message>
        <source>The encryption keys could not be derived.</source>
        <translation>无法派生加密密钥。</translation>
    </message>
    <message>
        <source>This system's OpenSSL does not offer the selected cipher.</source>
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
        <source>This system's OpenSSL does not offer the cipher this data was written with.</source>
        <translation>本机的 OpenSSL 不支持写入该数据时所用的加密算法。</translation>
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
        <source>This system's OpenSSL does not offer the cipher suite %1.</source>
        <translation>本机的 OpenSSL 不支持加密套件 %1。</translation>
    </message>
    <message>
        <source>The data key found does not belong to this store; nothing was changed.</source>
        <translation>找到的数据密钥不属于本数据库；未作任何改动。</translation>
    </message>
</context>
<context>
    <name>yc::sync::CaseDocument</name>
    <message>
        <source>No case number could be taken</source>
        <translation>无法取得受理编号</translation>
    </message>
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
</context>
<context>
    <name>yc::sync::ResponseParsers</name>
    <message>
        <source>The platform's answer was cut short or is not what the protocol says (%1); it will be asked again.</source>
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
        <source>The case signature does not verify with this PC's registered key.</source>
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
        <source>%1 Platform's reason: %2</source>
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
</context>
<context>
    <name>yc::sync::RestConnector</name>
    <message>
        <source>The platform address must start with https:// (found %1).</source>
        <translation>平台地址必须以 https:// 开头（当前为 %1）。</translation>
    </message>
    <message>
        <source>The platform's certificate is not trusted, so no connection was made: %1</source>
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
    <message>
        <source>This account has never signed in online on this PC, so it cannot sign in offline.</source>
        <translation>此账号从未在本机在线登录，因此不能离线登录。</translation>
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
    <name>yc::sync::SyncEngine</name>
    <message>
        <source>The item could not be retried</source>
        <translation>无法重试该项</translation>
    </message>
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
        <source>The sync queue could not be updated</source>
        <translation>无法更新同步队列</translation>
    </message>
    <message>
        <source>The case of this queue entry is missing from the local store.</source>
        <translation>本地数据库中缺少该队列项对应的案件。</translation>
    </message>
    <message>
        <source>The stored file of material "%1" no longer matches its hash; it must be scanned again.</source>
        <translation>材料“%1”的已存文件与其哈希值不再一致，必须重新扫描。</translation>
    </message>
    <message>
        <source>The lease could not be stored</source>
        <translation>无法保存编号段</translation>
    </message>
    <message>
        <source>A status change could not be applied</source>
        <translation>无法应用状态变更</translation>
    </message>
    <message>
        <source>The sync engine has no database connection.</source>
        <translation>同步引擎没有数据库连接。</translation>
    </message>
    <message>
        <source>This PC is not enrolled as a window yet.</source>
        <translation>本机尚未注册为窗口。</translation>
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
        <source>The platform presented a public key (pin %1) that differs from the pinned key (%2): not connected. If the platform's key was changed on purpose, update platform/pin_sha256.</source>
        <translation>平台出示的公钥（指纹 %1）与固定的公钥（%2）不同：未连接。如平台密钥是有意更换的，请更新 platform/pin_sha256。</translation>
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
        <source>Fill in every field; the address must start with https://.</source>
        <translation>请填写所有字段；地址必须以 https:// 开头。</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>正在注册…</translation>
    </message>
    <message>
        <source>&amp;Load halls from the platform</source>
        <translation>从平台读取大厅(&amp;L)</translation>
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
        <source>Enter the platform address, the admin staff id and the password first.</source>
        <translation>请先输入平台地址、管理员工号和密码。</translation>
    </message>
    <message>
        <source>Loading halls…</source>
        <translation>正在读取大厅…</translation>
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
        <source>&lt;h3&gt;Yichuang single-window intake %1&lt;/h3&gt;&lt;p&gt;The window clerk's workbench for government service halls: identity, service catalog, materials, acceptance notices and the case queue to the city platform.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;一窗受理工作台 %1&lt;/h3&gt;&lt;p&gt;政务服务大厅窗口人员的工作台：身份核验、事项目录、材料收取、受理通知书，以及报送市级平台的办件队列。&lt;/p&gt;</translation>
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
        <source>Platform's answer</source>
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
</context>
</TS>
