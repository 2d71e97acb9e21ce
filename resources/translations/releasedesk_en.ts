<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClearanceCommands</name>
    <message numerus="yes">
        <source>Not signed off: the office register finds %n error(s) in this text; correct them, or override them with a note saying why.</source>
        <translation>
            <numerusform>Not signed off: the office register finds %n error in this text; correct them, or override them with a note saying why.</numerusform>
            <numerusform>Not signed off: the office register finds %n errors in this text; correct them, or override them with a note saying why.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompareWindow</name>
    <message numerus="yes">
        <source>%n paragraph(s) of the {language} version changed since (marked).</source>
        <translation>
            <numerusform>%n paragraph of the {language} version changed since (marked).</numerusform>
            <numerusform>%n paragraphs of the {language} version changed since (marked).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) of this version changed since (marked).</source>
        <translation>
            <numerusform>%n paragraph of this version changed since (marked).</numerusform>
            <numerusform>%n paragraphs of this version changed since (marked).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) differ between the two.</source>
        <translation>
            <numerusform>%n fact differs between the two.</numerusform>
            <numerusform>%n facts differ between the two.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) still differ between the two versions.</source>
        <translation>
            <numerusform>%n fact still differs between the two versions.</numerusform>
            <numerusform>%n facts still differ between the two versions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) still marked {mark}.</source>
        <translation>
            <numerusform>%n paragraph still marked {mark}.</numerusform>
            <numerusform>%n paragraphs still marked {mark}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message numerus="yes">
        <source>{done}, with %n readiness error(s): see the Readiness list</source>
        <translation>
            <numerusform>{done}, with %n readiness error: see the Readiness list</numerusform>
            <numerusform>{done}, with %n readiness errors: see the Readiness list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>{words} word(s) · {chars} characters · {minutes} min read</source>
        <translation>
            <numerusform>{words} word · {chars} characters · {minutes} min read</numerusform>
            <numerusform>{words} words · {chars} characters · {minutes} min read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewsroomWindow</name>
    <message numerus="yes">
        <source>%n release(s) published in {folder}; left out: {embargoed} under embargo, {unapproved} not approved, {unreadable} unreadable.</source>
        <translation>
            <numerusform>%n release published in {folder}; left out: {embargoed} under embargo, {unapproved} not approved, {unreadable} unreadable.</numerusform>
            <numerusform>%n releases published in {folder}; left out: {embargoed} under embargo, {unapproved} not approved, {unreadable} unreadable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message numerus="yes">
        <source>Reading %n photo(s)…</source>
        <translation>
            <numerusform>Reading %n photo…</numerusform>
            <numerusform>Reading %n photos…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProofMarks</name>
    <message numerus="yes">
        <source>{suggestion} (in all %n places)</source>
        <translation>
            <numerusform>{suggestion} (in its %n place)</numerusform>
            <numerusform>{suggestion} (in all %n places)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change to “{use}” (in all %n places)</source>
        <translation>
            <numerusform>Change to “{use}” (in its %n place)</numerusform>
            <numerusform>Change to “{use}” (in all %n places)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProofingPanel</name>
    <message numerus="yes">
        <source>{finding} (%n places)</source>
        <translation>
            <numerusform>{finding} (%n place)</numerusform>
            <numerusform>{finding} (%n places)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) could not be placed: their text has changed in the release since it was sent; make those changes by hand.</source>
        <translation>
            <numerusform>%n suggestion could not be placed: their text has changed in the release since it was sent; make those changes by hand.</numerusform>
            <numerusform>%n suggestions could not be placed: their text has changed in the release since it was sent; make those changes by hand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n suggestion(s); Edit ▸ Undo takes them back.</source>
        <translation>
            <numerusform>Accepted %n suggestion; Edit ▸ Undo takes them back.</numerusform>
            <numerusform>Accepted %n suggestions; Edit ▸ Undo takes them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message numerus="yes">
        <source>%n comment(s)</source>
        <translation>
            <numerusform>%n comment</numerusform>
            <numerusform>%n comments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message numerus="yes">
        <source>The readiness check lists %n error(s) in this text.</source>
        <translation>
            <numerusform>The readiness check lists %n error in this text.</numerusform>
            <numerusform>The readiness check lists %n errors in this text.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The office register finds %n error(s) in this text; correct them, or override with a note saying why:</source>
        <translation>
            <numerusform>The office register finds %n error in this text; correct them, or override with a note saying why:</numerusform>
            <numerusform>The office register finds %n errors in this text; correct them, or override with a note saying why:</numerusform>
        </translation>
    </message>
</context>
</TS>
