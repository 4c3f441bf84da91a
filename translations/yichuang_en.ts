<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>Yichuang Single-Window Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Yichuang Single-Window Intake&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One window accepts everything: read the ID card, find the service item, collect the materials, accept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Yichuang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Yichuang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yichuang single-window intake: the window clerk&apos;s workbench.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the local store in &lt;dir&gt; (default: $YICHUANG_DATA_DIR, else the user&apos;s application data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language, e.g. zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yichuang cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store in %1 cannot be opened.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::WorkCalendar</name>
    <message>
        <source>The calendar has an invalid date %1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar is not valid JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is not a working-day calendar of format version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar lists no years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar has an invalid year &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The make-up working day %1 in %2 is not a Saturday or Sunday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed both as a holiday and as a make-up working day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ctl::CommandRegistry</name>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: yichuang-ctl COMMAND [OPTIONS]

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Global options:
  --help       Show this help (or a command&apos;s help: yichuang-ctl COMMAND --help)
  --version    Show the version
  --lang L     Language of messages, e.g. zh_CN or en

Exit codes: 0 success, 1 a check found a problem, 2 wrong usage, 3 the command could not run.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ctl::DbCheck</name>
    <message>
        <source>Opens the local store (creating it if absent), checks it read-only first, then applies schema migrations and prints the schema version, the number of cases and of pending outbox items. A damaged store or one with a newer schema is reported and left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory of the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>database: %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (created)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version: %1 (migrated from %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending outbox items: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check (and create or migrate) the local store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::documents::QrCode</name>
    <message>
        <source>There is nothing to put into the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code module size must be between 1 and 64 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long for a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::storage::ApplicantRepository</name>
    <message>
        <source>An applicant needs a document type, a document number and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant could not be looked up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::storage::Database</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Yichuang database (not an SQLite file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, newer than this program understands (%3). Install a newer Yichuang; the file was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 failed its integrity check: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 cannot be opened for writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the database (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has schema version %1, newer than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check could not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database failed its integrity check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has rows that refer to missing rows (table %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database query failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a database transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot commit a database transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read store settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write store settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::storage::FieldCipher</name>
    <message>
        <source>The encryption keys could not be derived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system&apos;s OpenSSL does not offer the selected cipher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system could not supply random numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted data is damaged or was written with another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system&apos;s OpenSSL does not offer the cipher this data was written with.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::storage::KeyStore</name>
    <message>
        <source>The key file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 can be read by other users; set its mode to 0600.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key of this store was not found (neither in the system keychain nor in %1). Without it the encrypted records cannot be read; restore the key rather than starting over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system could not supply random numbers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::storage::MaterialStore</name>
    <message>
        <source>A material needs a case, a name and a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The materials folder in %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanned material could not be saved (disk full or not writable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The material could not be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The material could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No material with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of material %1 is missing from the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::storage::Store</name>
    <message>
        <source>%1 must be auto, keychain or file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store names an unknown cipher suite (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system&apos;s OpenSSL does not offer the cipher suite %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key found does not belong to this store; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::MainWindow</name>
    <message>
        <source>Data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where this window keeps its local, encrypted store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: none signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Yichuang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Yichuang single-window intake %1&lt;/h3&gt;&lt;p&gt;The window clerk&apos;s workbench for government service halls: identity, service catalog, materials, acceptance notices and the case queue to the city platform.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
