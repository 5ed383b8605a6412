<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Activity</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n line(s) to {file}</source>
        <translation>
            <numerusform>Wrote %n line to {file}</numerusform>
            <numerusform>Wrote %n lines to {file}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Wrote %n record(s) to {path}</source>
        <translation>
            <numerusform>Wrote %n record to {path}</numerusform>
            <numerusform>Wrote %n records to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) shown; more match (add words to narrow it, or give --limit N or --all)</source>
        <translation>
            <numerusform>%n record shown; more match (add words to narrow it, or give --limit N or --all)</numerusform>
            <numerusform>%n records shown; more match (add words to narrow it, or give --limit N or --all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) match</source>
        <translation>
            <numerusform>%n record matches</numerusform>
            <numerusform>%n records match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{label}: {done:,} / %Ln record(s) ({percent}%)</source>
        <translation>
            <numerusform>{label}: {done:,} / %Ln record ({percent}%)</numerusform>
            <numerusform>{label}: {done:,} / %Ln records ({percent}%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n document(s) to {folder}</source>
        <translation>
            <numerusform>Wrote %n document to {folder}</numerusform>
            <numerusform>Wrote %n documents to {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, listed with %n web address(es) in {index}</source>
        <translation>
            <numerusform>, listed with %n web address in {index}</numerusform>
            <numerusform>, listed with %n web addresses in {index}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n record(s) from {source} to {destination}</source>
        <translation>
            <numerusform>Copied %n record from {source} to {destination}</numerusform>
            <numerusform>Copied %n records from {source} to {destination}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Deleted</name>
    <message numerus="yes">
        <source>{what} (listed by %n agreement(s))</source>
        <translation>
            <numerusform>{what} (listed by %n agreement)</numerusform>
            <numerusform>{what} (listed by %n agreements)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditingController</name>
    <message numerus="yes">
        <source>Its %n measure(s) will be deleted with it.</source>
        <translation>
            <numerusform>Its %n measure will be deleted with it.</numerusform>
            <numerusform>Its %n measures will be deleted with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s) will no longer list it.</source>
        <translation>
            <numerusform>%n agreement will no longer list it.</numerusform>
            <numerusform>%n agreements will no longer list it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n document(s) attached to its annexes and agreements go with it.</source>
        <translation>
            <numerusform>The %n document attached to its annexes and agreements goes with it.</numerusform>
            <numerusform>The %n documents attached to its annexes and agreements go with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n attached document(s) go with it.</source>
        <translation>
            <numerusform>Its %n attached document goes with it.</numerusform>
            <numerusform>Its %n attached documents go with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message numerus="yes">
        <source>Writing %Ln demo record(s)...</source>
        <translation>
            <numerusform>Writing %Ln demo record...</numerusform>
            <numerusform>Writing %Ln demo records...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln demo record(s) to {path}</source>
        <translation>
            <numerusform>Wrote %Ln demo record to {path}</numerusform>
            <numerusform>Wrote %Ln demo records to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s) to {path}</source>
        <translation>
            <numerusform>Exported %n record to {path}</numerusform>
            <numerusform>Exported %n records to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterBox</name>
    <message numerus="yes">
        <source>%n record(s) match.</source>
        <translation>
            <numerusform>%n record matches.</numerusform>
            <numerusform>%n records match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln matching record(s) shown: add words to narrow the search.</source>
        <translation>
            <numerusform>{shown} of %Ln matching record shown: add words to narrow the search.</numerusform>
            <numerusform>{shown} of %Ln matching records shown: add words to narrow the search.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message numerus="yes">
        <source>%n paragraph(s) of the release could not be placed in any record. They are listed below with their position in the text; after the import you can add what they say by hand.</source>
        <translation>
            <numerusform>%n paragraph of the release could not be placed in any record. It is listed below with its position in the text; after the import you can add what it says by hand.</numerusform>
            <numerusform>%n paragraphs of the release could not be placed in any record. They are listed below with their position in the text; after the import you can add what they say by hand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n area(s)</source>
        <translation>
            <numerusform>%n area</numerusform>
            <numerusform>%n areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n official(s)</source>
        <translation>
            <numerusform>%n official</numerusform>
            <numerusform>%n officials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annex(es)</source>
        <translation>
            <numerusform>%n annex</numerusform>
            <numerusform>%n annexes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Naming</name>
    <message numerus="yes">
        <source>%n plenary session(s)</source>
        <translation>
            <numerusform>%n plenary session</numerusform>
            <numerusform>%n plenary sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n co-operation area(s)</source>
        <translation>
            <numerusform>%n co-operation area</numerusform>
            <numerusform>%n co-operation areas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n measure(s)</source>
        <translation>
            <numerusform>%n measure</numerusform>
            <numerusform>%n measures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n official(s)</source>
        <translation>
            <numerusform>%n official</numerusform>
            <numerusform>%n officials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n agreement(s)</source>
        <translation>
            <numerusform>%n agreement</numerusform>
            <numerusform>%n agreements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annex(es)</source>
        <translation>
            <numerusform>%n annex</numerusform>
            <numerusform>%n annexes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conference(s)</source>
        <translation>
            <numerusform>%n conference</numerusform>
            <numerusform>%n conferences</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Services</name>
    <message numerus="yes">
        <source>{label} is too long (%n character(s); at most {most})</source>
        <translation>
            <numerusform>{label} is too long (%n character; at most {most})</numerusform>
            <numerusform>{label} is too long (%n characters; at most {most})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Workflows</name>
    <message numerus="yes">
        <source>Not placed in any record: %n paragraph(s) (add what they say by hand after the import):</source>
        <translation>
            <numerusform>Not placed in any record: %n paragraph (add what it says by hand after the import):</numerusform>
            <numerusform>Not placed in any record: %n paragraphs (add what they say by hand after the import):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) of the release could not be placed in any record: see them with --dry-run, or import anyway with --allow-unplaced</source>
        <translation>
            <numerusform>%n paragraph of the release could not be placed in any record: see it with --dry-run, or import anyway with --allow-unplaced</numerusform>
            <numerusform>%n paragraphs of the release could not be placed in any record: see them with --dry-run, or import anyway with --allow-unplaced</numerusform>
        </translation>
    </message>
</context>
</TS>
