<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
