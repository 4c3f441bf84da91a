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
    <message>
        <source>Sync queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol this PC…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
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
    <name>yc::ctl::SyncCommands</name>
    <message>
        <source>Data directory of the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong number of arguments; see --help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform address, https://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff id of the enrolling admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrols this PC as a window of a hall: makes its key pair and registers the public key. The admin&apos;s password is read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url, --admin, --hall and --window are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check against the offline verifier only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs a staff member in (password on standard input): online through the platform, which also keeps the tokens used to send their cases, or offline against the verifier of their last online sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--staff is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: this PC is not enrolled; run yichuang-ctl enrol first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the state of the platform sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform reachable at last sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last successful sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases waiting: %1 (of which %2 need a person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case numbers left: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going (waiting out backoff) until the queue is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the sync with the platform now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent: %1, waiting: %2, retryable failures: %3, permanent failures: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list cases the platform holds already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the sync queue, one JSON object per case (no personal data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the queue cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clears the wait of one queue entry (&quot;Retry now&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks a platform address: reachability, the TLS chain against the configured trust, the pinned key and the clock skew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reachable: HTTP %1 in %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS chain: %1 (verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public key pin (sha256): %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (no pin configured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock skew: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: this PC&apos;s clock differs from the platform&apos;s by more than 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queues pending cases from a previous window system (format: app/sync/CASE_IMPORT.md). They are stored, encrypted and sent exactly like cases accepted in the GUI. Importing the same file again changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 is not a case import file (format &quot;yichuang-case-import&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each case needs a caseId (UUID) or a sourceId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision must be accepted, accepted-with-missing, correction-notified or refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receivedAt must be an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff %1 has never signed in on this PC; sign them in once (yichuang-ctl staff sign-in) so their cases are sent under their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the applicant needs idType, idNumber and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material file %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every material needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the pending queue into DIR (e.g. a USB stick) as one file encrypted with a passphrase read from standard input (at least 12 characters; give it to the platform operator separately). The cases stay queued and are sent again when online; the platform stores each case once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the platform side: decrypts an outbox export (passphrase on standard input) into OUTDIR, the directory yichuang-platform import-outbox reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol this PC as a window of a hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign a staff member in (online, or offline against the verifier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the state of the platform sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with the platform now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the sync queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry one queue entry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the pending queue to removable media, encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decrypt an outbox export for the platform&apos;s import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a platform address: reachability, TLS chain, pin, clock skew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue cases from a previous window system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
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
    <name>yc::storage::CaseRepository</name>
    <message>
        <source>A case needs an item code, a clerk and a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case number could be taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The material could not be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The material could not be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be updated</source>
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
    <name>yc::sync::CaseDocument</name>
    <message>
        <source>No case number could be taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No official case number is left on this PC; waiting for a new lease.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case of this queue entry is missing from the local store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC is not enrolled as a window yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant of this case is missing from the local store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::sync::DeviceKey</name>
    <message>
        <source>The key pair of this PC could not be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored key of this PC is unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC has no signing key; enrol it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case could not be signed with the key of this PC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::sync::Enrolment</name>
    <message>
        <source>The enrolment of this PC could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of this PC could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC is not enrolled as a window yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment could not be stored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::sync::OutboxExport</name>
    <message>
        <source>The passphrase must have at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC is not enrolled as a window yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1 cannot be exported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The materials cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored material of case %1 no longer matches its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written to %1 (full or read-only medium?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an outbox export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 uses an unknown protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong passphrase, or the export was damaged or altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export names an unexpected file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export has no manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::sync::ResponseParsers</name>
    <message>
        <source>The platform&apos;s answer was cut short or is not what the protocol says (%1); it will be asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform sign-in has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform does not accept this sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong staff id or password, or the account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC is not enrolled with the platform (or its enrolment was revoked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused: this role or hall may not do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform does not hold every material of the case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case signature does not verify with this PC&apos;s registered key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform already holds a different case under this id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case number is already used by another case on the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case number is not inside a lease held by this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The uploaded material does not match its hash; it will be sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The material is larger than the platform accepts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform asks to slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform is temporarily unavailable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform had an internal error (HTTP %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform refused the request (HTTP %1, %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Platform&apos;s reason: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>health without time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in answer without token, staff or expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material query answer without present/missing lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunk answer without complete flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case answer without caseId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change feed without changes or cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lease answer without a valid range</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::sync::RestConnector</name>
    <message>
        <source>The platform address must start with https:// (found %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform&apos;s certificate is not trusted, so no connection was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform did not answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform could not be reached or the connection broke: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>halls answer without a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform did not take the chunk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform never reported the material complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many chunks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::sync::StaffCredentials</name>
    <message>
        <source>The offline sign-in verifier could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong account name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has never signed in online on this PC, so it cannot sign in offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The last online sign-in on this PC was more than %n day(s) ago; sign in online first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clerk who accepted this case has no platform sign-in on this PC; the case is sent when they sign in online again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff list could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::sync::SyncEngine</name>
    <message>
        <source>The item could not be retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform sign-in of %1 has expired; their cases are sent when they sign in online again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform sign-in of %1 has ended; their cases are sent when they sign in online again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform answered a refresh with another staff member; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No staff member has signed in online on this PC yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync queue could not be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case of this queue entry is missing from the local store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file of material &quot;%1&quot; no longer matches its hash; it must be scanned again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lease could not be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status change could not be applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync engine has no database connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC is not enrolled as a window yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::sync::SyncStatus</name>
    <message numerus="yes">
        <source>No sync with the platform for %n day(s): new acceptances are blocked until this PC syncs (or the queue is exported).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) are waiting for the platform: new acceptances are blocked until they are sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No sync with the platform for %n day(s): connect this PC soon.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) are waiting for the platform: connect this PC soon.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yc::sync::TlsText</name>
    <message>
        <source>The CA bundle %1 cannot be read or holds no certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client certificate %1 or its key %2 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client key %1 is not a readable PEM key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform presented a public key (pin %1) that differs from the pinned key (%2): not connected. If the platform&apos;s key was changed on purpose, update platform/pin_sha256.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::EnrolmentDialog</name>
    <message>
        <source>Enrol this PC as a window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator registers this PC with the city platform as one window of a hall. A key pair is made on this PC; only its public key is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Admin staff id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in every field; the address must start with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load halls from the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hall:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the platform address, the admin staff id and the password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading halls…</source>
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
<context>
    <name>yc::ui::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Staff id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your staff id and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::SyncQueuePage</name>
    <message>
        <source>Refused: needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (will retry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next try</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading materials: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not yet numbered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) waiting for the platform</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yc::ui::SyncStatusWidget</name>
    <message>
        <source>Sync: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: this PC is not enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools &gt; Enrol this PC… registers it as a window of a hall.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 | waiting: %2 | last sync: %3 | numbers left: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> | %n need attention</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
