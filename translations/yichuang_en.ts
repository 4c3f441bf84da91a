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
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
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
        <source>Training mode: a separate store, the bundled reference platform on this PC with synthetic halls, staff and catalog, and a simulated ID card reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yichuang cannot go on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store in %1 is damaged. Yichuang stops so that nothing more is written to it; restore the data directory from its backup (see the IT guide).

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::CaseModel</name>
    <message>
        <source>Unknown %1 &quot;%2&quot; (expected one of: %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material source</source>
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
    <name>yc::catalog::CatalogDocument</name>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog document is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog document is not valid JSON (at byte %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog document is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Yichuang catalog document (format &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog document has format version %1; this program reads version %2. Install a newer Yichuang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be lower than version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field code: the code is already used by item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed code %1 is also in items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field parentCode: no item with code %2 in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field parentCode: %2 is itself a sub-item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field materials: an item without materials must be a main item with sub-items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog document has the key &quot;%1&quot; twice at its top level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key has %1 characters, more than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog document has %1 items; at most %2 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes, more than the limit of %3 for one item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::catalog::CatalogLabels</name>
    <message>
        <source>Administrative licensing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative levy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative benefit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative adjudication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other administrative power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancellation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District / county</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street / township</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community / village</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provided by the applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by a government body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued by an intermediary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide online only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online pre-review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online acceptance (one visit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fully online (no visit)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::catalog::GuideFormatter</name>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message>
        <source>Implementation code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (credit code %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal limit %1; promised limit %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consultation phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, effective %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depending on the situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n copy(ies)</source>
        <translation>
            <numerusform>%n copy</numerusform>
            <numerusform>%n copies</numerusform>
        </translation>
    </message>
    <message>
        <source>electronic licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may be supplied later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blank form: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handling variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (basis: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special procedures (not counted in the time limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (at most %2; basis: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::catalog::JsonReader</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array of non-empty strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an integer from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 6-digit area code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a handling variant needs a parentCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a situation needs at least two options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refers to material &quot;%1&quot;, which the item does not list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adds and removes the same material &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an on-the-spot item has 0 legal and 0 promised days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be above 0 and not above legalDays (unless the item is on the spot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be before effectiveFrom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ctl::AuditVerify</name>
    <message>
        <source>Checks the audit trail&apos;s hash chain: every entry in order, none missing, none inserted, none changed since it was written. Names the first entry that does not hold and exits 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: there is no store in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>audit trail: %n entries, chain intact</source>
        <translation>
            <numerusform>audit trail: %n entry, chain intact</numerusform>
            <numerusform>audit trail: %n entries, chain intact</numerusform>
        </translation>
    </message>
    <message>
        <source>head: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit trail: entry %1 does not hold: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the audit trail&apos;s hash chain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ctl::CalendarCommands</name>
    <message>
        <source>Prints the day a time limit of N working days ends when the case was accepted on the --from date: the count starts on the working day after it; statutory holidays do not count and make-up working days do. A second line &quot;provisional&quot; follows when the count runs past the last year whose official notice is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of acceptance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit in working days (0 to 3650).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --from must be a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --days must be a whole number from 0 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exits 0 when the date is a working day, 1 when it is not (a weekend or a statutory holiday), and says which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 is not a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statutory holiday (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make-up working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(provisional: no official notice for %1 yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists every statutory holiday and make-up working day of YEAR, one date per line, with the name of its holiday period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: YEAR must be a year such as 2026.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: no official notice for %1 is known (the calendar covers %2 to %3); its dates are provisional: Monday to Friday are counted as working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 holiday dates, %3 make-up working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day a working-day time limit ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit 0 on a working day, 1 otherwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every holiday and make-up working day of a year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ctl::CardOutput</name>
    <message>
        <source>error: %1 The card data is damaged or was misread; read the card again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ctl::CaseCommands</name>
    <message>
        <source>Lists the cases and drafts at this window, newest first, the applicant masked. With --json: one JSON object per line (caseId, caseNumber, itemCode, itemName, applicant, idNumber, state, departmentStatus, decision, receivedAt, promisedDate, syncState).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object per case and line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only cases in this state: draft, decided, or a department status (submitted, under-review, correction-requested, supplemented, completed, delivered, refused).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case id</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
        </translation>
    </message>
    <message>
        <source>Shows one case or draft, the applicant masked: its item, decision, dates, materials (name, state, form, source) and history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s id (see case list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: no case with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on the spot at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit stopped since %1 (waiting for the correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the cases at this window (masked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one case with its materials and history (masked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ctl::CatalogCommand</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog document (JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 is not a valid catalog document:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the catalog was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied delta %1 -&gt; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported full catalog version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items: %1 (added %2, changed %3, removed %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searches the catalog as the window clerk&apos;s search box does: name, any part of it, full pinyin or initials, item code, department, synonyms; only items this hall handles (settings hall/level and hall/areaCode). Prints one match per line: code, name, department, separated by tabs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print at most &lt;n&gt; matches (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is empty: import one with &quot;yichuang-ctl catalog import FILE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the whole service guide of one catalog item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation code of the item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show version &lt;v&gt; of the item (kept for cases accepted under it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>v</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a catalog document (full or delta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the catalog (ranked, tab separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the whole service guide of an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports a catalog document (full or delta, the format of resources/catalog/README.md) into the local store, all or nothing: a document with any error changes nothing. A delta applies only to the catalog version it names as its base. A document over the size limits of that README is refused, and so is one that would leave the catalog without items, unless --allow-empty is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a full catalog without items (or a delta that removes every item): empties the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog document is larger than %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To empty the catalog on purpose, import the document with --allow-empty.</source>
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
    <message>
        <source>Data directory of the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expected %n argument(s); see --help.</source>
        <translation>
            <numerusform>Expected %n argument; see --help.</numerusform>
            <numerusform>Expected %n arguments; see --help.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Expected at least %n argument(s); see --help.</source>
        <translation>
            <numerusform>Expected at least %n argument; see --help.</numerusform>
            <numerusform>Expected at least %n arguments; see --help.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yc::ctl::DbCheck</name>
    <message>
        <source>Opens the local store (creating it if absent), checks it read-only first, then applies schema migrations and prints the schema version, the number of cases and of pending outbox items. A damaged store or one with a newer schema is reported and left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
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
    <name>yc::ctl::IdCardDecode</name>
    <message>
        <source>The frame file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the file holds no complete GA/T 467 frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the reader reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode a raw reader frame file to card JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decodes a raw read-reply frame file (the bytes a GA/T 467 reader sends for the read command) and prints the card as one JSON object. A card whose ID number fails its check is printed with &quot;valid&quot;: false and the reason in &quot;error&quot;, and the command exits 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ctl::IdCardList</name>
    <message>
        <source>Lists the ID card reader back-ends found, one JSON object per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the ID card reader back-ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ctl::IdCardRead</name>
    <message>
        <source>Reader back-end: samserial, termb, simulated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial port (or auto), termb port number, or simulated card file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial speed (default 115200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds to wait for a card (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data directory holding yichuang.ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reader back-end given (--plugin) or configured (reader/plugin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --baud value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --timeout value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader ready; place a card on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the reader did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for one card on a reader and print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens an ID card reader, waits for one card and prints it as one JSON object. Without --plugin and --port the reader configured in the settings (reader/plugin, reader/port, reader/baud) is used. A card whose ID number fails its check is printed with &quot;valid&quot;: false and the reason in &quot;error&quot;, and the command exits 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ctl::IdCheck</name>
    <message>
        <source>Checks an identity number: resident ID, Hong Kong/Macao/Taiwan residence permit, foreign permanent resident card (2017 and 2023), unified social credit code, or with --type a passport or travel permit. Prints one JSON object; exits 0 when valid, 1 when not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number to check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check as this type: auto (default), resident, permit, foreign, credit-code, passport, travel-permit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing country of a passport or travel permit (GB/T 2659 alpha-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown type &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check an identity number or credit code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ctl::MaterialCommand</name>
    <message>
        <source>Packs images and PDFs (JPEG, PNG, TIFF, PDF; judged by their content, not their names) into one compact PDF: every page a JPEG at up to 200 dpi, at most about 300 KB per A4 page. Prints {&quot;pages&quot;, &quot;bytes&quot;, &quot;bytesPerPage&quot;} as one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input files, in page order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG quality tried first for pages that are encoded (default 75).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --quality must be a number from 1 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack images and PDFs into one compressed material PDF (JSON summary)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ctl::NoticeCommand</name>
    <message>
        <source>Renders a notice from built-in synthetic sample data (a training hall, people named 样例甲 and 样例乙, generated ID numbers) to a PDF. The verification QR code is signed with a key made for this run only, so the platform does not accept it; the key is printed with the code so that it can be checked. Prints one JSON line: kind, file, verification code, public key (base64 DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of notice: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of acceptance, YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the training watermark on every page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sample needs one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--date needs a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: drawing a notice needs the fonts of a graphical application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render a sample notice to PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ctl::NoticeStoreCommand</name>
    <message>
        <source>Lists the notices kept with a case, oldest first, one JSON object per line: noticeId, caseId, kind, issuedAt, staffId, sha256 (of the PDF; null when none was kept), printCount, lastPrintedAt (null when never printed). No personal data. CASE is the case id or its case number; a case without notices prints nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case id or case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: no case %1 in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the PDF of a kept notice, decrypted, exactly as it was issued (its SHA-256 is checked), readable by the current user only. The notice holds personal data: keep the file no longer than needed. The export is written to the audit trail. An existing file is replaced only with --force. Prints one JSON line: noticeId, caseId, kind, file, sha256, bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice id (see notice list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace OUT.pdf if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 exists; add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: the export was not written to the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the notices kept with a case (JSON lines, no personal data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the PDF of a kept notice to a file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ctl::RetentionRun</name>
    <message>
        <source>Removes from this PC the materials (scans and files), the notices&apos; PDFs and the personal data (applicant, agent, form fields, notes) of cases that are completed or delivered, whose every item the platform holds, and that have not changed for the retention period (retention/days in yichuang.ini, %1 days when not set). The case itself, its number, dates and states, and the audit trail stay; every purge is audited. Prints one JSON object: dryRun, days, cases, caseIds, materialFiles, materialBytes, notices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only count what would be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The retention period in days, instead of the setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --days must be a whole number from 1 to 36500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: retention/days in yichuang.ini must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the materials and personal data of completed, synced cases</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ctl::Scan</name>
    <message>
        <source>Scans one page from the flatbed, or every page in the document feeder, into one PDF (A4 pages, each image at its scanned size). Prints one line per page on standard error; Ctrl+C cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner back-end: sane, simulated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device as `scanner list` prints it (default: the first one found).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution in dpi (default 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>color (default), gray or lineart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flatbed (default) or adf (document feeder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner back-end given (--plugin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --resolution value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --mode value: %1 (color, gray or lineart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid --source value: %1 (flatbed or adf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1 is a folder; give the PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 scanned: %2 x %3 pixels at %4 dpi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the scan was cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: the scanner delivered no page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) written to %1.</source>
        <translation>
            <numerusform>%n page written to %1.</numerusform>
            <numerusform>%n pages written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan pages into one PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ctl::ScannerList</name>
    <message>
        <source>Lists the scanners every scanner back-end can reach, one JSON object per device and line. A back-end that cannot be used or cannot list its devices gets one line with &quot;available&quot;: false and the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back-end did not list its devices in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the scanners of every scanner back-end</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ctl::SupervisionCommand</name>
    <message>
        <source>Writes this PC&apos;s cases under electronic supervision (working days left, yellow/red, flags) as CSV (UTF-8 with a byte order mark, for Excel) or PDF. Personal data appear masked only. --staff must be a supervisor known on this PC; the export is audited under that id. The hall&apos;s other cases are not included (they need the supervisor&apos;s platform sign-in: use the dashboard in the program). Prints one JSON line: file, format, rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases received on or after this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases received on or before this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor the export is made for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --out FILE and --staff ID are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --%1 %2 is not a date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: --from is after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>command line: this PC only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall dashboard: cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC&apos;s cases only (%1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this PC&apos;s cases under supervision (CSV or PDF, masked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ctl::SyncCommands</name>
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
        <source>error: the queue cannot be read.</source>
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
    <message>
        <source>evaluations and supplements waiting: %1 (of which %2 need a person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also list entries the platform holds already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the sync queue, one JSON object per entry (no personal data): cases, evaluations and supplements. Keys: id (for outbox retry), kind (case, evaluation or supplement), caseId, caseNumber (of the entry&apos;s case), state, staffId, attempts, nextAttemptAt, error (empty, retryable or permanent: permanent waits for a person), lastError, platformStatus, bytes, bytesSent; evaluations and supplements also objectId (the evaluation or supplement id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clears the wait of one queue entry of any kind (&quot;Retry now&quot;): ID is the id printed by outbox list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the sync queue (cases, evaluations, supplements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>not queued: %n case(s) of this file were refused</source>
        <translation>
            <numerusform>not queued: %n case of this file was refused</numerusform>
            <numerusform>not queued: %n cases of this file were refused</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>error: %n case(s) refused; nothing was queued. Correct the file and import it again.</source>
        <translation>
            <numerusform>error: %n case refused; nothing was queued. Correct the file and import it again.</numerusform>
            <numerusform>error: %n cases refused; nothing was queued. Correct the file and import it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yc::devices::CardReaderService</name>
    <message>
        <source>no reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>card present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader plugin &apos;%1&apos; could not create a reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ID card reader is configured.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::devices::DeviceManager</name>
    <message>
        <source>Not an ID card reader plugin (interface %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin&apos;s metadata has no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin &apos;%1&apos; was built for reader API version %2; this program uses version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ID card reader plugin &apos;%1&apos; was found (searched: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader plugin &apos;%1&apos; could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin &apos;%1&apos; is not an ID card reader plugin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a scanner plugin (interface %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin &apos;%1&apos; was built for scanner API version %2; this program uses version %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner plugin &apos;%1&apos; was found (searched: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner plugin &apos;%1&apos; could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plugin &apos;%1&apos; is not a scanner plugin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::devices::ScannerService</name>
    <message>
        <source>The scanner plugin &apos;%1&apos; could not create a scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner is busy with a scan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::devices::WltPhotoDecoder</name>
    <message>
        <source>No photo decoder library (%1) is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo decoder library %1 has no unpack function.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card photo has %1 bytes instead of 1024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo decoder could not decode the card photo (code %1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::documents::GuidePdf</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service guide: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the PDF %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog version %1, item version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::documents::NoticePdf</name>
    <message>
        <source>Cannot start the PDF of a notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::documents::NoticeTemplate</name>
    <message>
        <source>The notice templates are missing from the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice templates are not readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice templates have no text for &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::documents::PdfTextMap</name>
    <message>
        <source>The PDF&apos;s text map has a form this program cannot read; copied text may be wrong.</source>
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
    <name>yc::documents::ScanPdf</name>
    <message>
        <source>Scanned page %1 is damaged and was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no pages to write.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::identity::CardDecoder</name>
    <message>
        <source>The card&apos;s text block has %1 bytes instead of 256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s %1 is not a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card type flag &apos;%1&apos; is not known (blank, J or I expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start of validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s ID number is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::identity::IdentityValidator</name>
    <message>
        <source>The birth date %1 (characters %2–%3) is not a real calendar date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth date %1 (characters %2–%3) lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The number has %n character(s); this kind of number has 18.</source>
        <translation>
            <numerusform>The number has %n character; this kind of number has 18.</numerusform>
            <numerusform>The number has %n characters; this kind of number has 18.</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) must be a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character 18 (&apos;%1&apos;) must be a digit or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character 1 (&apos;%1&apos;) must be 9 on a foreign permanent resident card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 2–3 (%1) are not a GB/T 2260 province code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 4–6 (%1) are not a GB/T 2659 numeric country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area code %1 (characters 1–6) is not 810000, 820000 or 830000, the codes of the residence permits for Hong Kong, Macao and Taiwan residents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area code %1 (characters 1–6) belongs to a residence permit for Hong Kong, Macao or Taiwan residents, not to a resident ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character 1 is 9: this is a foreign permanent resident card number, not a resident ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area code %1 (characters 1–6) is not a GB/T 2260 code, current or historical.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character (character 18) is %1, but the first 17 characters give %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The number has %n character(s); a foreign permanent resident card number has 15 (2017 card) or 18 (2023 card).</source>
        <translation>
            <numerusform>The number has %n character; a foreign permanent resident card number has 15 (2017 card) or 18 (2023 card).</numerusform>
            <numerusform>The number has %n characters; a foreign permanent resident card number has 15 (2017 card) or 18 (2023 card).</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) must be a Latin letter (the country code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 1–3 (%1) are not a GB/T 2659 country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The code has %n character(s); a unified social credit code has 18.</source>
        <translation>
            <numerusform>The code has %n character; a unified social credit code has 18.</numerusform>
            <numerusform>The code has %n characters; a unified social credit code has 18.</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) is not allowed in a unified social credit code (digits and capital letters except I, O, S, V and Z).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown document type &apos;%1&apos;: use passport or travel-permit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The number has %n character(s); a passport or travel permit number has 5 to 20.</source>
        <translation>
            <numerusform>The number has %n character; a passport or travel permit number has 5 to 20.</numerusform>
            <numerusform>The number has %n characters; a passport or travel permit number has 5 to 20.</numerusform>
        </translation>
    </message>
    <message>
        <source>Character %1 (&apos;%2&apos;) must be a digit or a Latin letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuing country is missing (a GB/T 2659 three-letter code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a GB/T 2659 country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The number has %n character(s); resident ID numbers, residence permit numbers, 2023 foreign permanent resident card numbers and unified social credit codes have 18, 2017 foreign permanent resident card numbers 15.</source>
        <translation>
            <numerusform>The number has %n character; resident ID numbers, residence permit numbers, 2023 foreign permanent resident card numbers and unified social credit codes have 18, 2017 foreign permanent resident card numbers 15.</numerusform>
            <numerusform>The number has %n characters; resident ID numbers, residence permit numbers, 2023 foreign permanent resident card numbers and unified social credit codes have 18, 2017 foreign permanent resident card numbers 15.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yc::intake::CaseDecider</name>
    <message>
        <source>The applicant is not recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every situation of the item first: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every material is there (%1): notify a correction, or accept with missing materials where the item allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials marked to follow later (%1) need an acceptance with missing materials, approved by a supervisor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 needs a supervisor&apos;s approval of this case: ask a supervisor to approve it here or through the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor has not answered the request for approval yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor did not approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor did not approve it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case changed after the supervisor approved it: ask for approval again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This approval was used already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is handled on the spot (即办件): complete it at the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog gives %1 no time limit; the promised date cannot be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not handled on the spot: accept it with its promised date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what was handed over to the applicant (the certificate, stamp or record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No material is missing or deficient: there is nothing to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal states its category and its reason; save them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every material is there or deferred (%1): notify a correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No material is marked to follow later: accept the case as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No official case number of %1 is left on this PC: connect to the platform so that the window receives new numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a decided case has notices.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::intake::CaseRating</name>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the five ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please say what was not satisfactory: a rating of &quot;%1&quot; is taken with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a decided case can be rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has already been rated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::intake::Checklist</name>
    <message>
        <source>The item %1 has no situation &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The situation &quot;%1&quot; has no option &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::intake::IdentityProof</name>
    <message>
        <source>a temporary resident ID card still valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the household register with the applicant&apos;s page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a passport still valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID card expired on %1: it proves identity only for renewing or replacing the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID card expired on %1 and does not prove identity for %2. Ask the applicant for one of: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::intake::IntakeLabels</name>
    <message>
        <source>Unknown %1 &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the licence library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reused from an earlier case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>original seen and returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deficient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter needs no licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not within this department&apos;s remit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant does not meet the acceptance conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acceptance with missing materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the item first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor never approves a case they take in themselves: another supervisor approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a key material: it cannot follow later (容缺).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a deferred material needs a due date after today.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::intake::IntakeSession</name>
    <message>
        <source>%1 is a main item: choose one of its handling variants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2) is not in force today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The material &quot;%1&quot; is not on this case&apos;s checklist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a scanned or handed-in material needs its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be taken from the licence library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: name the licence taken from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the earlier material %2 is not in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: only a file of an earlier, decided case can be reused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: say what is wrong with the material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a form field name (letters, digits, _ . -, up to 64).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form field &quot;%1&quot; is longer than 4000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal states its reason in full, whatever its category.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::intake::PartyCheck</name>
    <message>
        <source>An agent acts with their own identity: a person, not an organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown document type &quot;%1&quot;: use resident, permit, foreign, passport or credit-code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organisation is identified by its unified social credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person is identified by a personal document, not a unified social credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent needs a name and a document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant needs a name and a document number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passport number has 5 to 20 digits and Latin letters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::intake::SupervisorApprovals</name>
    <message>
        <source>Save the refusal&apos;s category and reason before asking for approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No material is marked to follow later: there is nothing to approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a supervisor: only a supervisor approves this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No remote approval with id %1 was asked at this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::materials::FileSniffer</name>
    <message>
        <source>a PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a TIFF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an ELF executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Windows executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a macOS executable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a ZIP archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an Office document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an old-format Office document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a gzip-compressed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a BMP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a WebP image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a HEIC/AVIF photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an OFD document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an HTML web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an XML document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a plain text file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file of unknown type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::materials::JpegParser</name>
    <message>
        <source>The JPEG image is incomplete (the file was cut short); copy or scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JPEG image is damaged (its internal structure is broken).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::materials::MaterialArchive</name>
    <message>
        <source>The material has no pages to store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The material has %1 pages; at most %2 pages are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::materials::MaterialImporter</name>
    <message>
        <source>The material has %1 pages; at most %2 pages are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is empty (0 bytes); nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is %1 (renamed .%2); only PDF, JPEG, PNG and TIFF files are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is %1; only PDF, JPEG, PNG and TIFF files are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is %1 MB; files of at most %2 MB are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file type is not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is %1 x %2 pixels; images of at most %3 megapixels are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image cannot be read (%1); it is damaged or in an unusual variant of its format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the image cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image holds no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF is encrypted or password-protected; ask for an unprotected copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file cannot be opened; it is damaged or uses features that are not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the PDF is too large to be a document page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of the PDF cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::materials::PageList</name>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::materials::PdfStructure</name>
    <message>
        <source>The PDF file is damaged (%1); ask for an undamaged copy or scan the paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no cross-reference table; the file may be incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it ends early, without the end-of-file mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cross-reference offset is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cross-reference table is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cross-reference table points to the wrong places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the trailer is unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cross-reference stream is broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names no document catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its document catalog is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::plugins::idcard::CardText</name>
    <message>
        <source>Unknown card type &apos;%1&apos; (resident, permit or foreign).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has no idNumber.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::plugins::idcard::FrameParser</name>
    <message>
        <source>The reader sent a frame with an impossible length (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader sent a frame with a wrong checksum.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::plugins::idcard::Ga467</name>
    <message>
        <source>Operation succeeded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader received a command with a wrong checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader received a command with a wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader does not know this command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader reported an unknown error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card failed to authenticate the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader failed to authenticate the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s verification of the card failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card type cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the card failed; keep the card still on the reader and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not produce a random number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s security module failed its self-test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s security module is not authorised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selecting the card failed; place the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader answered with the unknown status code %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s card data is too short (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s card text block has %1 bytes instead of 256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s photo block has %1 bytes instead of 1024.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s fingerprint block has %1 bytes (0, 512 or 1024 expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader&apos;s card data has %1 bytes; its block lengths add up to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader sent a frame too short for a reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::plugins::idcard::SamSerialPlugin</name>
    <message>
        <source>GA/T 467 serial reader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::plugins::idcard::SamSerialReader</name>
    <message>
        <source>The serial port %1 cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial port %1 was lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ID card reader answered on any serial port.%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader on %1 did not answer within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ID card reader answered on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device on %1 answered the status command with: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card was placed on the reader within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::plugins::idcard::SimulatedPlugin</name>
    <message>
        <source>Simulated reader (training)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::plugins::idcard::SimulatedReader</name>
    <message>
        <source>The file holds no complete reader frame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card source %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card file %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card source %1 holds no card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::plugins::idcard::TermbLibrary</name>
    <message>
        <source>The vendor reader library %1 is not installed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor reader library %1 lacks the functions %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::plugins::idcard::TermbPlugin</name>
    <message>
        <source>Vendor reader library (termb)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::plugins::idcard::TermbReader</name>
    <message>
        <source>The termb port must be a number (1–16 serial, 1001–1016 USB), not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor library found no reader on port %1 (InitComm returned %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No temporary folder for the vendor library: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor library could not read the card (Read_Content returned %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor library wrote %1 bytes of card text instead of 256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card was placed on the reader within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::plugins::scanner::SanePlugin</name>
    <message>
        <source>Scanners through SANE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::plugins::scanner::SaneRaster</name>
    <message>
        <source>The scanner sends %1 bits per sample, which is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner sends one-bit colour, which is not supported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner announced an impossible page width (%1 pixels).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner announced %1 bytes per line for %2 pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner announced an impossible page height (%1 lines).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner changed the page format between colour passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner sent data before the page began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner sent more data than the page can hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner finished a page that never began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner stopped before all three colour passes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner sent an empty page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner&apos;s resolution is not known.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::plugins::scanner::SaneScanner</name>
    <message>
        <source>There is no paper in the scanner. Load the pages and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper is jammed in the scanner&apos;s document feeder. Clear the jam and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner&apos;s cover is open. Close it and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner is busy; another program may be using it. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner stopped answering; it may have been disconnected or switched off. Check the cable and the power, then scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner refused the request; it may have been disconnected, or it does not support these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the scanner was denied; check the permissions of the device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner driver ran out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner does not support this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner sent no more data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SANE library could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner has no option &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner&apos;s option &apos;%1&apos; cannot be set now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner&apos;s option &apos;%1&apos; takes a list of values, which cannot be set here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner&apos;s option &apos;%1&apos; takes a number, not &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value for the scanner&apos;s option &apos;%1&apos; is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner&apos;s option &apos;%1&apos; cannot be set here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner refused &apos;%1&apos; for its option &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner offers none of the needed scan modes (it offers: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner cannot scan black and white line art.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner has no document feeder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A scan is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner was found. Is it connected and switched on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner &apos;%1&apos; was not found. Is it connected and switched on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner driver returned an impossible read length.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::plugins::scanner::SimulatedScanner</name>
    <message>
        <source>A scan is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated scanner scans at %1 to %2 dpi, not %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The simulated scanner takes &quot;sheets&quot; or a folder of images, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no paper in the simulated scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page image %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::plugins::scanner::SimulatedScannerPlugin</name>
    <message>
        <source>Simulated scanner (training)</source>
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
    <message>
        <source>The applicant could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant&apos;s earlier cases could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::storage::ApprovalRepository</name>
    <message>
        <source>An approval needs an id and a status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval could not be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approvals could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::storage::AuditLog</name>
    <message>
        <source>The audit trail could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit trail could not be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries %1 to %2 before it are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its number is out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no place in the chain (its hashes are missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not follow the entry before it (an entry was removed, inserted or moved before it, or the entry before it was changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its content was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entries %1 to %2 at the end are missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::storage::CaseNumberLeases</name>
    <message>
        <source>The case numbers could not be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lease could not be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case number could be taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case number leases could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case number %1 is not in a lease of this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case number could not be bound to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case number %1 is already used by another case.</source>
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
        <source>The case could not be recorded</source>
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
    <message>
        <source>The situations of a case are unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case or draft with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1 is decided already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case needs an item, an applicant and a clerk before it is decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cases could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::storage::CatalogRepository</name>
    <message>
        <source>The delta changes catalog version %1, but this store holds version %2. Import the full catalog (or the deltas in between, in order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot keep the earlier item versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed: the code %1 is not in catalog version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, field itemVersion: %2 is older than the version held (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot store item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot check the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1, field parentCode: no main item with code %2 in the catalog after the delta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored guide of item %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item with code %1 in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version %2 of item %1 is kept in this store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot record the use of item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the recently used items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delta removes every item: the catalog would be left empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The full catalog has no items: importing it would leave the catalog empty.</source>
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
    <message>
        <source>Migration %1 failed: rows of table %2 refer to missing rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::storage::DraftRepository</name>
    <message>
        <source>A draft belongs to the clerk who takes it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No draft with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case %1 is decided already; it can no longer be changed as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item needs its code and a version of 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No material with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The drafts could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be removed</source>
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
    <name>yc::storage::IntakeRepository</name>
    <message>
        <source>The intake could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The intake could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approval with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval %1 was answered already (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approvals could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision could not be recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval %1 is not an approval this case can rest on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The draft could not be removed</source>
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
    <message>
        <source>A material from the licence library needs the licence&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The material could not be removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file of material %1 could not be removed from the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The material could not be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A material file could not be removed from the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::storage::NoticeRepository</name>
    <message>
        <source>Notice %1 has an unknown kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notice %1 is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice is kept only with its case and its PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice to keep is not a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice could not be kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notices could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice %1 was recorded before notices were kept; it has no PDF to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF of notice %1 cannot be decrypted: it was not written for this notice, or the store&apos;s key is not the one it was written with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF of notice %1 does not match the checksum kept with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The print could not be recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::storage::OutboxRepository</name>
    <message>
        <source>The case could not be queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry could not be queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync queue could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queued entry is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync queue could not be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The item could not be retried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no queue entry %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A status change could not be applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox could not be updated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::storage::Retention</name>
    <message>
        <source>The retention period must be at least one day.</source>
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
    <name>yc::storage::SupervisionRepository</name>
    <message>
        <source>The cases could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deferred materials could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status history of the cases could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::supervision::ApprovalQueue</name>
    <message>
        <source>Sign in as a supervisor: this is for supervisors only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a supervisor: this is for supervisors only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the request to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A denial needs a comment: say what the clerk must change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request with id %1 was asked at this PC.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::supervision::CaseDetailService</name>
    <message>
        <source>No case with id %1 is stored on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no applicant yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant of this case is no longer stored (retention).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The material %1 does not belong to this case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::supervision::DashboardExport</name>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted with missing materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
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
        <source>Supplemented</source>
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
        <source>Unknown export format &quot;%1&quot;: use csv or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today %1: %2 cases; waiting to sync %3; waiting for correction %4; deferred materials due %5; due soon %6; overdue %7; flagged %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::supervision::DashboardHallQuery</name>
    <message>
        <source>This PC is not enrolled with the platform.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::supervision::DashboardService</name>
    <message>
        <source>clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as the window supervisor to see the hall dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a window supervisor may see the hall dashboard or export its cases; the role of %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::supervision::RatingFollowUp</name>
    <message>
        <source>Write both what was rectified and the record of the call back to the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rectification and the callback record hold at most 2000 characters each.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rating with id %1 was given at this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a rating of 2 (dissatisfied) or 1 (very dissatisfied) needs a follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up of this rating is recorded already.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::supervision::RemoteApprovalQueue</name>
    <message>
        <source>This PC is not connected to the platform: only the requests asked here are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC is not connected to the platform.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::supervision::SupervisionRules</name>
    <message>
        <source>No time limit running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused (waiting for correction)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred material overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad rating without follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::sync::CalendarFeedStore</name>
    <message>
        <source>The stored working-day calendar %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The working-day calendar could not be stored in %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::sync::CaseDocument</name>
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
    <message>
        <source>Only a decided case is sent to the platform.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::sync::CaseImportReader</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 bytes; an import file may have at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import file has %1 bytes; it may have at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not JSON (at byte %1: %2), so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a case import file (format &quot;yichuang-case-import&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format version %1 is not supported; this program reads version 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no &quot;cases&quot; list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has %1 cases; one import may hold at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant.idNumber is not a passport number (5 to 20 Latin letters and digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant.idNumber is a residence permit of a Taiwan resident (830000); use idType tw-residence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant.idNumber is a residence permit of a Hong Kong or Macao resident; use idType hkmo-residence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its check character is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has the wrong length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a character not allowed there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its area code is not a GB/T 2260 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its birth date is not a real date in the past</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not in the form of this document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant.idNumber is not a valid %1 number: %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 characters; at most %3 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sourceId must be 1 to 128 Latin letters, digits and . _ : / - (starting with a letter or digit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caseId must be a UUID written as 8-4-4-4-12 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each case needs a caseId (UUID) or a sourceId</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staffId is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>itemCode is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>itemVersion must be a whole number of 1 or more.</source>
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
        <source>receivedAt lies in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>promisedDate must be a date written YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the applicant needs idType, idNumber and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant.idType must be one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applicant.gender must be a GB/T 2261.1 code: 0, 1, 2 or 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>materials must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has %1 materials; at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>materials[%1] must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every material needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material file %1: an absolute path is not allowed; name files relative to the import file&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material file %1: use / between folder names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material file %1: &quot;..&quot; is not allowed; the file must lie inside the import file&apos;s folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material file %1 cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material file %1 leads outside the import file&apos;s folder (through a symbolic link).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material file %1 is not a regular file (a folder, device, FIFO or socket).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material file %1 has %2 bytes; a material may have at most %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material file %1 cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material file %1 changed while it was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases[%1] must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same case is listed twice (as case %1 and %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>staff %1 has never signed in on this PC; sign them in once (yichuang-ctl staff sign-in) so their cases are sent under their name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 is not in this PC&apos;s catalog (update the catalog with yichuang-ctl sync now or catalog import first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case number %1 is not in a lease of this window; leave caseNumber out and one is taken from the lease</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case number %1 is already used by another case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case number %1 is given to two cases (%2 and %3).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::sync::CurlLibrary</name>
    <message>
        <source>Materials cannot be uploaded: the network library %1 could not be loaded (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials cannot be uploaded: the network library %1 lacks the function %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials cannot be uploaded: the network library %1 could not be started (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::sync::CurlUploader</name>
    <message>
        <source>The platform address must start with https:// (found %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The network library could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pinned platform key (%1) is not a SHA-256 in base64 or hex: no connection made.</source>
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
        <source>The platform&apos;s answer is larger than %1 MiB: not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform could not be reached or the connection broke: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transfer was stopped because the application is closing; it resumes on the next start.</source>
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
    <message>
        <source>Unknown key algorithm &quot;%1&quot;: use ecdsa-p256-sha256 or sm2-sm3.</source>
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
    <name>yc::sync::NoticeVerification</name>
    <message>
        <source>A notice&apos;s verification code needs a case number and a machine id without &quot;|&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice&apos;s verification code needs its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Yichuang notice verification code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::sync::OfflineQueue</name>
    <message>
        <source>An evaluation needs a level from 1 to 5, its case and the clerk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supplement needs its case, the clerk and at least one material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case of this supplement is not in the local store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queued evaluation is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queued evaluation cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queued supplement is missing.</source>
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
    <message>
        <source>Supplement %1 cannot be exported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored material of supplement %1 no longer matches its hash.</source>
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
    <message>
        <source>%1 without a valid &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>licence lookup answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit lookup answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hall case list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplement answer</source>
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
    <name>yc::sync::SessionLock</name>
    <message>
        <source>The window is locked already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is signed in at this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window is not locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only %1 can unlock this window. To work here, sign in with your own account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::sync::SignInLimiter</name>
    <message>
        <source>Too many failed sign-ins: this account is locked on this PC until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the next attempt for this account is possible at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed sign-ins could not be reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::sync::SignInService</name>
    <message>
        <source>A sign-in is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::sync::SignInWorkflow</name>
    <message>
        <source>This PC is not enrolled as a window yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the platform has locked this account until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many failed sign-ins: the platform accepts the next attempt for this account at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an admin: only an admin enrols this PC.</source>
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
    <message numerus="yes">
        <source>The last online sign-in on this PC was more than %n day(s) ago; sign in online first.</source>
        <translation>
            <numerusform>The last online sign-in on this PC was more than %n day ago; sign in online first.</numerusform>
            <numerusform>The last online sign-in on this PC was more than %n days ago; sign in online first.</numerusform>
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
    <name>yc::sync::StationSettings</name>
    <message>
        <source>%1 does not exist or is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform address &quot;%1&quot; is not a valid address such as https://platform.example.gov.cn/api.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform address must start with https:// (plain http only for this PC itself).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificates: %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key pin must be the SHA-256 of the platform&apos;s public key: 44 characters of base64 ending in &quot;=&quot;, or 64 hexadecimal digits (yichuang-ctl platform check shows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client certificate needs its private key, and a key its certificate: give both or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client certificate: %1 holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client key: %1 holds no unencrypted PEM private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown hall level &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The area code must be six digits (GB/T 2260), e.g. 210202.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a current administrative area code (GB/T 2260).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the hall&apos;s level together with its area code, or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window number may hold only letters, digits and &quot;-&quot; (at most 16).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen lock must come after 1 to %1 minutes without use, or never (0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder must be a full path, e.g. /srv/yichuang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 cannot be written by this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 does not exist and cannot be made here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::sync::SupplementDocument</name>
    <message>
        <source>The supplement could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supplement has no material files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::sync::SyncEngine</name>
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
        <source>The case of this queue entry is missing from the local store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file of material &quot;%1&quot; no longer matches its hash; it must be scanned again.</source>
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
    <message>
        <source>The case of this supplement is missing from the local store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting until the platform holds the case of this supplement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting until the platform holds the case of this evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queued follow-up of an evaluation is missing or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting until the platform holds the evaluation of this follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::sync::SyncStatus</name>
    <message numerus="yes">
        <source>No sync with the platform for %n day(s): new acceptances are blocked until this PC syncs (or the queue is exported).</source>
        <translation>
            <numerusform>No sync with the platform for %n day: new acceptances are blocked until this PC syncs (or the queue is exported).</numerusform>
            <numerusform>No sync with the platform for %n days: new acceptances are blocked until this PC syncs (or the queue is exported).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) are waiting for the platform: new acceptances are blocked until they are sent.</source>
        <translation>
            <numerusform>%n case is waiting for the platform: new acceptances are blocked until they are sent.</numerusform>
            <numerusform>%n cases are waiting for the platform: new acceptances are blocked until they are sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No sync with the platform for %n day(s): connect this PC soon.</source>
        <translation>
            <numerusform>No sync with the platform for %n day: connect this PC soon.</numerusform>
            <numerusform>No sync with the platform for %n days: connect this PC soon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) are waiting for the platform: connect this PC soon.</source>
        <translation>
            <numerusform>%n case is waiting for the platform: connect this PC soon.</numerusform>
            <numerusform>%n cases are waiting for the platform: connect this PC soon.</numerusform>
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
    <name>yc::sync::TrainingPlatform</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training platform&apos;s certificate could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode needs the reference platform %1, which is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training configuration %1 was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training platform did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training admin could not sign in: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::ApprovalsPage</name>
    <message>
        <source>Accept with missing materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (required to deny):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case detail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests asked at this PC and at the hall&apos;s other windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform has the decision too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved; the platform has the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied; the platform has the decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform could not be asked: this list shows this PC&apos;s requests only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the platform for the hall&apos;s requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list shows the requests asked at this PC only (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: this list shows the requests asked at this PC only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request waits for a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for case %2, item %3 (%4), asked by %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials to follow: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the decision to the platform…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved. The clerk can go on with the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied. The clerk sees your comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform could not be told: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::CaseDetailDialog</name>
    <message>
        <source>Case detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the applicant unmasked. Every opening is recorded in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History and audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received: %1 by %2 at window %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No material file is stored for this case on this PC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The personal data was opened under your name; the audit trail records it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a PDF: it cannot be previewed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed on the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal data purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating followed up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept with materials to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::CaseListPage</name>
    <message>
        <source>Under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for correction (department)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplemented</source>
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
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted, materials to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the platform: needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promised by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen draft (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record supplement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprint notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record rating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(item not chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(%n working day(s) left)</source>
        <translation>
            <numerusform>(%n working day left)</numerusform>
            <numerusform>(%n working days left)</numerusform>
        </translation>
    </message>
    <message>
        <source>(due today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(overdue by %n working day(s))</source>
        <translation>
            <numerusform>(overdue by %n working day)</numerusform>
            <numerusform>(overdue by %n working days)</numerusform>
        </translation>
    </message>
    <message>
        <source>(provisional: the calendar of that year is not published)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Today&apos;s and open cases at this window: %n</source>
        <translation>
            <numerusform>Today&apos;s and open cases at this window: %n</numerusform>
            <numerusform>Today&apos;s and open cases at this window: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No case today and none open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter: reopen a draft, record a supplement for a case waiting for correction, or reprint the notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: a supplement is recorded under the clerk who takes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Supplement of %n material(s) queued for the platform.</source>
        <translation>
            <numerusform>Supplement of %n material queued for the platform.</numerusform>
            <numerusform>Supplement of %n materials queued for the platform.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yc::ui::CatalogPanel</name>
    <message>
        <source>Search items: name, pinyin (sfz), code, department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print guide...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search unavailable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the catalog...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No catalog imported yet (yichuang-ctl catalog import FILE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the catalog</source>
        <translation>
            <numerusform>%n item in the catalog</numerusform>
            <numerusform>%n items in the catalog</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Best %n match(es) shown.</source>
        <translation>
            <numerusform>Best match shown.</numerusform>
            <numerusform>Best %n matches shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>No item matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No guide is on display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service guide - %1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print guide to PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print guide</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::CitizenModule</name>
    <message>
        <source>The applicant&apos;s rating is queued: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant is asked for a rating on the citizen&apos;s screen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::CitizenWindow</name>
    <message>
        <source>Your application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. Your application is being taken in at this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check what is recorded for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not chosen yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(given when the case is accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::DashboardPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases received today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to sync (this PC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred materials due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon (yellow)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue (red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged by supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today by window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today by clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today by item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed cases by working days taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings by level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for the chosen filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you signed in offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this PC is not enrolled with the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no platform sign-in is stored for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dashboard cannot be shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the platform has not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clerks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole hall: this PC&apos;s cases and the hall&apos;s cases from the platform (%1 to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PC&apos;s cases only for now: asking the platform for the hall&apos;s cases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: this shows this PC&apos;s cases only (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) match the filter.</source>
        <translation>
            <numerusform>%n case match the filter.</numerusform>
            <numerusform>%n cases match the filter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fairly satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall dashboard: cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
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
    <name>yc::ui::IdCardDialog</name>
    <message>
        <source>ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit for Hong Kong, Macao and Taiwan residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign permanent resident card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travel permit number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long-term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be decoded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::IdCardModule</name>
    <message>
        <source>&amp;Read ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for an ID card on the reader and show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ID card reader is configured: Tools → Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the ID card on the reader…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::IntakePage</name>
    <message>
        <source>1 Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Review &amp; decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read card (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the catalog: name, keywords or pinyin initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials needed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason or due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up/Down choose a state, Tab moves on. A deferred material needs its due date (yyyy-mm-dd), a deficient one the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add file (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner is set up for this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction notice (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (Ctrl+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item chosen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case: read the ID card (F2) or type the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n material(s)</source>
        <translation>
            <numerusform>%1, %2, %n material</numerusform>
            <numerusform>%1, %2, %n materials</numerusform>
        </translation>
    </message>
    <message>
        <source>Open drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases you started and did not decide yet. Reopen one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every question about the applicant&apos;s situation first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone: 11 digits for a mobile, or an area code and number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first (File → Sign in): a case is taken in by a signed-in clerk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo read (no decoder to show it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card read. Add the phone number and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item chosen. Enter goes on to the materials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item chosen. Answer the questions, then Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (may follow later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what is wrong with &quot;%1&quot; in the reason field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to a material&apos;s row first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a file for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 scanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan was cancelled or gave no page; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review before the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) about the situation unanswered.</source>
        <translation>
            <numerusform>%n question about the situation unanswered.</numerusform>
            <numerusform>%n questions about the situation unanswered.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every material is there: the case can be accepted (F9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n material(s) not there: a correction notice (F10) lists them.</source>
        <translation>
            <numerusform>%n material not there: a correction notice (F10) lists them.</numerusform>
            <numerusform>%n materials not there: a correction notice (F10) lists them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Refuse the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted: case %1, promised by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted with materials to follow: case %1, promised by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction notice issued: case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice could not be produced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the notice (Ctrl+P), then Ctrl+N for the next case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person or organisation as on the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number, or an organisation&apos;s unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile or landline, for the result notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID number / credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agen&amp;t acts for the applicant (power of attorney)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s I&amp;D number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s p&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept, materials to follow (Shift+F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This draft belongs to another staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number or credit code is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation: unified social credit code checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: number checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s name is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent&apos;s ID number is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s ID number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agent is a person: type their own ID number, not a credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent&apos;s phone: 11 digits for a mobile, or an area code and number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Applicant saved. %n earlier case(s) of this applicant here: their materials can be reused on the materials step while still valid.</source>
        <translation>
            <numerusform>Applicant saved. %n earlier case of this applicant here: their materials can be reused on the materials step while still valid.</numerusform>
            <numerusform>Applicant saved. %n earlier cases of this applicant here: their materials can be reused on the materials step while still valid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Handed in for case %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the supervisor&apos;s answer through the platform (%1); F12 asks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No material is marked &quot;follows later&quot;: mark the deferrable ones on the materials step (Esc) with their due date first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only deferrable materials may follow later; still missing: %1. A correction notice (F10) lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept with materials to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials to follow:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant signs the commitment letter (printed with the notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor approves here with their own staff id and password, or is asked through the platform (the screen stays free meanwhile):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ask through the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepting with materials to follow needs the applicant&apos;s signed commitment letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor is asked through the platform; this case goes on by itself when they answer. Ctrl+N serves the next applicant meanwhile, F12 asks the platform again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n licence(s) of the applicant in the e-licence library: choose &quot;from the licence library&quot; for the material, no paper needed.</source>
        <translation>
            <numerusform>%n licence of the applicant in the e-licence library: choose &quot;from the licence library&quot; for the material, no paper needed.</numerusform>
            <numerusform>%n licences of the applicant in the e-licence library: choose &quot;from the licence library&quot; for the material, no paper needed.</numerusform>
        </translation>
    </message>
    <message>
        <source>dishonest judgement debtor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serious violation of law and trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>abnormal business operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, listed %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit warning from the platform (for your information; the case goes on): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform could not be asked for the approval (%1); it is asked again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor did not approve the %1; the case stays open as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supervisor approved: case %1 is decided (%2). Its notice can be printed from Case → Reprint notice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::LockScreen</name>
    <message>
        <source>This window is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as &amp;another staff member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is signed in at this window; it has been locked since %3.
Enter their password to unlock it.</source>
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
    <message>
        <source>[Training] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training mode: synthetic data and a local reference platform; nothing reaches the real platform.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::MaterialPreview</name>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page to the width of the view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::MaterialScanner</name>
    <message>
        <source>The scan was cancelled or gave no page; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner is set up for this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::NoticePrinter</name>
    <message>
        <source>The notice&apos;s PDF cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not take the notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::PrintModule</name>
    <message>
        <source>Re&amp;print notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a case and print one of its notices again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Notice printed (%n time(s) in all).</source>
        <translation>
            <numerusform>Notice printed (%n time in all).</numerusform>
            <numerusform>Notice printed (%n times in all).</numerusform>
        </translation>
    </message>
    <message>
        <source>No notice is kept with this case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::PrintPreviewDialog</name>
    <message>
        <source>Print notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rinter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt of materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commitment letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print notice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · case %2 · issued %3 · %n page(s)</source>
        <translation>
            <numerusform>%1 · case %2 · issued %3 · %n page</numerusform>
            <numerusform>%1 · case %2 · issued %3 · %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>printed %n time(s)</source>
        <translation>
            <numerusform>printed %n time</numerusform>
            <numerusform>printed %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the notice as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notice is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer “%1” is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice was not printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice was printed, but the print could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::PrinterMemory</name>
    <message>
        <source>No printer is set up on this PC; the notice can be saved as a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer “%1” used last time is not available, and no other printer is set up on this PC; the notice can be saved as a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer “%1” used last time is not available; the default printer “%2” is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer “%1” used last time is not available; “%2” is selected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::RatingDialog</name>
    <message>
        <source>Record the applicant&apos;s rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1, %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the applicant how satisfied they are and record their answer (keys 1-5, Ctrl+Enter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::RatingWidget</name>
    <message>
        <source>How satisfied are you with the service at this window?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tell us what was not &amp;satisfactory (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit rating (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No local store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::RatingsPage</name>
    <message>
        <source>5 Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 Fairly satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 Very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed up, sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Followed up, waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings given at this PC: %1; bad: %2; waiting for a follow-up: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rating was given at this PC yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(number not yet given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback record: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the rating to follow up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up recorded; it is sent to the platform with the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::ReaderSettingsPage</name>
    <message>
        <source>(no reader)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reader &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial port (auto probes every port), vendor library port number (1001 = first USB reader), or for the simulated reader a card file (empty: a built-in training card)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Speed (baud):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read each card as soon as it is placed on the reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader answers; it is ready to read cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader does not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::ReaderStatusWidget</name>
    <message>
        <source>ID card reader: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools → Settings… chooses the reader</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::ReprintDialog</name>
    <message>
        <source>Reprint a notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number or case id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview and print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the case number (or the case id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case “%1” at this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notice is kept for case %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Case %1: %n notice(s).</source>
        <translation>
            <numerusform>Case %1: %n notice.</numerusform>
            <numerusform>Case %1: %n notices.</numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded before notices were kept: there is no PDF to print.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::SessionLockModule</name>
    <message>
        <source>&amp;Lock window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. Please correct:</source>
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
    <name>yc::ui::StationSettingsPages</name>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner and printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall and window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM files (*.pem *.crt *.cer *.key);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the system&apos;s trusted certificates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA certificates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: no pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key &amp;pin (SHA-256):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client c&amp;ertificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A connection is only ever made with a verified certificate. yichuang-ctl platform check URL shows the platform&apos;s key pin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no scanner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner&apos;s device name; empty: the first scanner found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner &amp;device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;est scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the system&apos;s default printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Printer for notices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall &amp;level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Area code (GB/T 2260):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Window number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment with the platform sets the hall and window too; the catalog shows the items of this hall&apos;s level and area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language takes effect when Yichuang is started again. Dates and numbers follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen after &amp;idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the default folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now in use: %1. A new folder takes effect at the next start; the data is not moved: copy the folder, with its key, before (see the IT guide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner found: check the cable and that it is switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner %1 is not connected; found: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner answers: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner does not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ui::SupplementDialog</name>
    <message>
        <source>Record a supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material handed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add file… (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note (what was handed in, anything the department should know):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue supplement (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case with id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1, %2 (%3): tick what the applicant brought now and add its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no number yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(due %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case owes no material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to a material&apos;s row first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n page(s)</source>
        <translation>
            <numerusform>%1, %n page</numerusform>
            <numerusform>%1, %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a file for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the file of &quot;%1&quot; (F5), or untick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the materials the applicant handed in (Space) and add their files (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner is set up for this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanning, page %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>scanned, %n page(s)</source>
        <translation>
            <numerusform>scanned, %n page</numerusform>
            <numerusform>scanned, %n pages</numerusform>
        </translation>
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
        <translation>
            <numerusform>%n case waiting for the platform</numerusform>
            <numerusform>%n cases waiting for the platform</numerusform>
        </translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n evaluation(s) or supplement(s) waiting for the platform</source>
        <translation>
            <numerusform>%n evaluation or supplement waiting for the platform</numerusform>
            <numerusform>%n evaluations or supplements waiting for the platform</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) refused: they wait for a person (select them and press Retry now)</source>
        <translation>
            <numerusform>%n entry refused: it waits for a person (select it and press Retry now)</numerusform>
            <numerusform>%n entries refused: they wait for a person (select them and press Retry now)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rating follow-up</source>
        <translation type="unfinished"></translation>
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
        <translation>
            <numerusform> | %n needs attention</numerusform>
            <numerusform> | %n need attention</numerusform>
        </translation>
    </message>
    <message>
        <source> | evaluations/supplements waiting: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
