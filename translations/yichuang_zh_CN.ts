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
        <source>The calendar has an invalid year "%1".</source>
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
</TS>
