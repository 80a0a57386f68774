<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AgreementReport</name>
    <message>
        <source>fewer than two annotators have human rows of %1: no agreement to compute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgreementText</name>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha %1 (units with two or more annotators: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa %1 (units with %3 annotators: %2; left out with another count: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa %1: %2 (common units: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span F1 exact %1, partial %2 (spans: %3 and %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unitizing alpha %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement of human annotations; [low, high]: %1% bootstrap interval over units, %2 resamples, seed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3), annotated units: %4; annotators: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>micro (every item x label one yes/no decision; Fleiss counts those decisions as units):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (units both annotated: %2):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotationCommands</name>
    <message>
        <source>%1 [%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same annotation exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnotatorProfile</name>
    <message>
        <source>Enter your name: every annotation you make keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must not start or end with spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 80 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short id is 1 to %1 letters or digits, without spaces (e.g. your initials).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a colour for your annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short id %1 is already %2&apos;s in this project; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppearanceMenu</name>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light or dark as the desktop prefers, switching live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always the light palette</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always the dark palette</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>unknown annotation origin &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown annotation status &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown item kind &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown label schema &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid UTF-8 at the start of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON array at the top level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: after record #%2 (byte %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated JSON: string not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated JSON: value expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated JSON: object not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated JSON: array not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after member &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member &quot;%1&quot; is not an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>member &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; between members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be read further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated JSON: the array is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; between records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: record #%2: malformed JSON: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is %2, expected a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is %2, expected an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is %2, expected an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span [%1, %2) has a negative offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span [%1, %2) is reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span [%1, %2) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span [%1, %2) ends after the text (%3 code points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span [%1, %2) covers &quot;%3&quot;, not the given fragment &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters exceeds the limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file name &apos;%1&apos; must be relative to the import folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file name &apos;%1&apos; leaves the import folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file &apos;%1&apos; links outside the import folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: file of %2 bytes is larger than the limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: invalid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: header has no column &apos;%2&apos; (expected %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image folder &apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no MediaEval posts file (*posts*.txt with a post_id header) in the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty file, expected the header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty post_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label &apos;%1&apos; is not fake, humor or real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the annotation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown span category &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotations[%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no PAN 2024 JSON files in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;text&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the RumourEval export writes a folder (subtaskA.json, subtaskB.json); this is a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no RumourEval thread folders (source-tweet/, replies/, structure.json) here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a JSON object of id -&gt; label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created_at &apos;%1&apos; is not a Twitter time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SemEval-2021 Task 6 has subtasks 1 to 3, not %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no SemEval-2021 Task 6 JSON files in this folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a SemEval-2021 Task 6 file (expected a JSON array of memes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels[%1] is not a technique name (a string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;id&apos; is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels[%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its text differs from the text of meme &apos;%1&apos; imported from another subtask file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image file &apos;%1&apos; is neither beside %2 nor in %3/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: record at line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>truncated CSV: quoted field not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: export cancelled, nothing written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot finish writing: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV delimiter must be one ASCII character or &apos;tab&apos;, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: empty file, expected a header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header has neither a &apos;%2&apos; nor an &apos;%3&apos; column (map them with --map text=COLUMN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a string, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span field &apos;%1&apos; must be an integer, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a JSON array: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown mapping key &apos;%1&apos; (columns: %2; values: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a non-empty string or a number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; is not an ISO 8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must hold strings, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a string or an array, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be an array of {start, end, label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must hold objects {start, end, label}, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span [%1, %2) of &apos;%3&apos; is out of range or reversed (text has %4 code points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown message type &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate message id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo &apos;%1&apos; is missing from the export folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is not a date like 2023-01-02T10:11:12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;text&apos; must be a string or an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text entity without a string &apos;text&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;text&apos; must hold strings and entity objects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a message must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;date&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;from&apos; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;photo&apos; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heatmap: %1 weights do not form a %2 x %3 grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an image (unknown content type, %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unreadable %2 header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: image of %2x%3 pixels exceeds the limit of %4 megapixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: truncated %2 file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot decode image: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: decoded size %2x%3 disagrees with header %4x%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare an empty image for the network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network input size %1x%2 is not positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract: cannot load language data &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tesseract: cannot load language data &apos;%1&apos; from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR: empty image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the sample photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample item telegram/%1 was not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the sample export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the sample image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sample %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>building the sample project was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create a temporary folder for the sample data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the sample project &apos;%1&apos;: the file exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open project &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot switch project &apos;%1&apos; to WAL journal (got &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project &apos;%1&apos;: the SQL driver gives no SQLite handle (got &apos;%2&apos;), cannot count in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image map of item %1: %2 weights do not form a %3 x %4 grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: image map of item %2 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no migration to schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database but not a Candor project (no meta table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no valid schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer Candor (schema %2; this build reads up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create project &apos;%1&apos;: the file exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project &apos;%1&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty, not a Candor project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item without source or id cannot be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no label schema &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown label &apos;%1&apos; in schema &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>span annotation needs both start and end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid span [%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model annotation needs its model version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model version %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model version %1 has no file &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image features of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: model version %2 covers language &apos;%3&apos; only, not &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: task &apos;%2&apos; has no labelled items in split &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no labelled thread items in split &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the feature cache folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no memes with images in split &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: task &apos;%2&apos; needs memes with images in split(s) %3; found %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: model version %2 is text-only: it has no image map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: item %2 is not a meme with an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown technique &apos;%1&apos; (persuasion-22: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: model version %2 is not a %3 model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no trained %2 model (run candor-cli train --task %2 first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no trained %2 model of variant %3 (run candor-cli train --task %2 first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: model version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 (media %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no model version for task &apos;%2&apos; (train one first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: model version %2 does not exist or is not a &apos;%3&apos; model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: model version %2 lists no model files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot load model version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (use en, es or all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a non-negative integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;chronological&quot; or &quot;branches&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;both&quot;, &quot;stance&quot; or &quot;veracity&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thread training config: unknown key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thread training config: &quot;%1&quot; must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: post %2 of item %3 refers to missing media %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post %1 of item %2 (media %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training config: &apos;%1&apos; must be %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path of a sentencepiece .model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training config: cannot read tokenizer &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training config: unknown key &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: task &apos;%2&apos; (language %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: task &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no labelled items in split(s) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no labelled items in dev split &apos;%2&apos; (name one with --dev-split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no labelled thread items in split(s) %2 (import RumourEval first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: prediction with model version %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: training the meme model failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task &apos;%1&apos; has no variant &apos;%2&apos; (use %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: model version %2 returned %3 predictions for %4 texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: training failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: thread evaluation failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: thread prediction failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: scoring the dev split failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a bare value longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member name longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object with a member &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no member &quot;%1&quot; in the object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: record #%2: longer than the limit of %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: record #%2: nested deeper than the limit of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal: leaving an element that was not entered or not read to its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after the array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: the number %2 is beyond 2^53 and cannot be kept exactly; write the id as a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON nested %1 levels deep, deeper than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a NUL character at position %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file name &apos;%1&apos; holds a NUL character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file (a folder, FIFO, socket or device is never read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: file is larger than the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder holds more than %2 entries, the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: deeper than %2 folders, not searched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no importer recognises it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown import format &apos;%1&apos; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no importer recognises this file or folder (known formats: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post_id %1 appears twice in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id %1 appears twice in this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation.json: field &apos;%1&apos; is neither 0 nor 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation.json: is_rumour &apos;%1&apos; is neither rumour nor nonrumour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation.json: field &apos;is_rumour&apos; is not a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no PHEME thread folders (&lt;thread id&gt;/source-tweets/) here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2: expected one tweet file, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tweet id %1 appears twice: %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than %1 fields, the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record longer than %1 bytes inside a quoted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character after a closing quote (quote the whole field, doubling inner quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote inside an unquoted field (quote the whole field, doubling inner quotes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; is not an ISO 8601 time in the years %3-%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;image&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fields &apos;source&apos; and &apos;id&apos; must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;posts&apos; must be an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post id %1 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post %1 is not among the item&apos;s posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; appears twice in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a string or a number, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: %2 seconds since 1970 is outside the years %3-%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; is outside the years %3-%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; (the thread id) is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; (the post id) is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post %1 of thread %2 appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line of %1 bytes is longer than the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root message %1 was not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1_unixtime&apos; (%2) is outside the years %3-%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;from&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged JPEG data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot decode JPEG: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: model version %2 (%3): file &apos;%4&apos; is damaged: its SHA-256 is %5, %6 was recorded when the model was registered. Train the model again or restore the project from a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project &apos;%1&apos; is locked: another Candor window or candor-cli has been writing to it for more than %2 s. Try again when that work has finished (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project &apos;%1&apos;: database %2 failed: %3 (SQL: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of text, image, fused, gated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file name does not say rumour or non-rumour (expected a name such as train_rumor.txt or test_nonrumor.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metadata line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post %1 appears twice in this file (first at line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post %1 was read from %2 already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image-URL line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty text and no image: the post has nothing to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty text and no usable image: the post has nothing to verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no Weibo posts file (*_rumor.txt or *_nonrumor.txt starting with a post&apos;s metadata line) in the folder or its tweets/ sub-folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not the first line of a post (%1 fields separated by &apos;|&apos;, the post id first); skipped up to the next post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends after the post&apos;s first line: its image-URL and text lines are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends after the post&apos;s image-URL line: its text line is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 starts the next post: this one has only %2 of its 3 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metadata line has %1 fields separated by &apos;|&apos; where the format has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post id &apos;%1&apos; is not a number of at most %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image URL &apos;%1&apos; names no file (its last part is &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image URL &apos;%1&apos; names no plain file: its last part holds a path separator or NUL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the report was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot finish the PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: model version %2 of %3 is no better than always giving the same answer (%4); it proposes nothing unless asked to anyway (candor-cli predict --anyway, or confirm in the window)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown agreement task &apos;%1&apos; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot hash an empty image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot hash the image: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image distance must be between 0 and 7 bits (it is %1): the index finds every image within 7 bits and guarantees nothing farther</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text similarity must be above 0 and at most 1 (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project &apos;%1&apos; has no item %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot open (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Candor project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Candor project (empty database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer Candor (schema %2; this build reads up to %3): open it with that version or merge the other way round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a project cannot be merged into itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the merge was cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: item %2 has post %3, which the target&apos;s copy of the item lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: item %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shares no annotated item with %2: it is not a copy of the same project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project &apos;%1&apos;: the fact check of item %2 has an unknown rating &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project &apos;%1&apos;, item %2: the fact check was not saved. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>project &apos;%1&apos; has no item %2: the fact check was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image distance must be between 0 and 7 bits (it is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cross-validating the meme model failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the training bundle: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot import the model bundle: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model bundle&apos;s labels are not those of task &apos;%2&apos; in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project&apos;s training examples of task &apos;%2&apos; are no longer those the model was trained on (labels or items changed since the export); export and train again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project&apos;s dev examples of task &apos;%2&apos; are no longer those the model was scored on; export and train again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model bundle&apos;s files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ran out of memory with the batch limit at %2: lower it (Edit &gt; Preferences…, --batch-limit) or compute on the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ran out of memory: set a batch limit (Edit &gt; Preferences…, --batch-limit) or compute on the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no PNG, JPEG or WebP image, or a folder that holds other files besides images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a PNG, JPEG or WebP image (whatever its name says)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create a folder beside it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot replace the empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot move the finished export into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the text has %2 UTF-16 units, more than the %3 a record may hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the project has no label schema &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no label schema has any of the types these documents use (%2); name one with --map schema=NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no brat document (a .ann file with its .txt beside it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text differs from item %1 / %2&apos;s: its offsets would not fit the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Candor brat manifest (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;format&quot;: &quot;candor-brat&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: document &apos;%2&apos; names no source and external_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region [%1, %2) is empty or reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region [%1, %2) ends after the text&apos;s %3 code points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region [%1, %2) quotes &quot;%3&quot; but the text there is &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;data&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;data.%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the task has no id and its data no &apos;id&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has no item %1 / %2, which this was exported from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: exists and is not an empty folder; this export writes a new folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1 has no %2 version in %3 (it has: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 row cannot settle %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown annotation origin &apos;%1&apos; (use gold, human, curated, model or best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the annotations table is not the one Candor created; it cannot take curated rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the integrity check after adding the curated origin says: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown schema use &apos;%1&apos; (use items, spans or both)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema name &apos;%1&apos; must start with a letter or digit and hold at most 64 letters, digits, spaces, dots, dashes or underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is also label %1&apos;s (&apos;%2&apos;); names differ in more than case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the colour is not a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the colour %1 is faint on the background %2 (contrast %3:1; span bands need 3:1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 is also label %2&apos;s (&apos;%3&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key %1 already does &quot;%2&quot; in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the schema needs at least one label in use (not retired, not ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the colour is hard to tell from label %1&apos;s (&apos;%2&apos;): difference %3, at least 12 reads as two colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1 &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label schema &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the key &apos;%2&apos; appears twice in one object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not valid Unicode (half a surrogate pair)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a label must be an object with a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a colour (use #rrggbb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a label schema file is one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Candor label schema (&quot;format&quot; must be &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: label schema file version %2 is not one this build reads (1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;labels&apos; must be an array of labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: label %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a &lt;%2&gt; without a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a Label Studio labeling configuration: line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the labeling configuration has no &lt;Label&gt; or &lt;Choice&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a Label Studio configuration names no schema; give the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from the Label Studio configuration %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 names no schema; give the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the labels of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 holds no label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Label Studio export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a brat annotation.conf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the label schema &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 bytes; a label schema file is at most 4 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: neither a schema file nor a Label Studio export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the label schema to &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in label schema &apos;%1&apos; is read-only; copy it to change it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label schema &apos;%1&apos;: the label &apos;%2&apos; (id %3) is not one of its labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>label schema &apos;%1&apos;: the label &apos;%2&apos; is used by %n annotation(s); retire it instead of deleting it</source>
        <translation>
            <numerusform>label schema &apos;%1&apos;: the label &apos;%2&apos; is used by %n annotation; retire it instead of deleting it</numerusform>
            <numerusform>label schema &apos;%1&apos;: the label &apos;%2&apos; is used by %n annotations; retire it instead of deleting it</numerusform>
        </translation>
    </message>
    <message>
        <source>the built-in label schema &apos;%1&apos; cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the label schema &apos;%1&apos; is used by %n annotation(s); retire its labels instead</source>
        <translation>
            <numerusform>the label schema &apos;%1&apos; is used by %n annotation; retire its labels instead</numerusform>
            <numerusform>the label schema &apos;%1&apos; is used by %n annotations; retire its labels instead</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown task &apos;%1&apos; (use %2, or labels:, class: or spans: and a schema&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task &apos;%1&apos;: the schema &apos;%2&apos; offers only %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task &apos;%1&apos;: one class per item needs at least two labels in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown text task &apos;%1&apos; (use %2, or labels:, class: or spans: and a schema&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model version %1 learned the label &apos;%2&apos;, which the schema &apos;%3&apos; no longer has; train a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has a label schema &apos;%1&apos; already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project has a label schema &apos;%1&apos; already; import it under another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: the rows to settle give %2 two answers in %3 (%4 and %5); %3 takes one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the image folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image is a data: URI that is not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image in the data: URI is over %1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image&apos;s data: URI is not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image %1 is on the web; Candor does not download (save it beside the export and name it by a relative path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image %1 was uploaded into Label Studio; export it with the tasks (or use local files storage) to bring it along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name starts or ends with a space or holds a tab, line break or other control character (brat and TSV files could not carry it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder &apos;%1&apos; of &apos;%2&apos; does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; must be the number 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a team project is made on the server from a project file: candor-cli push FILE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project file has no table &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s table &apos;%1&apos; has no column &apos;%2&apos;: the server schema and this Candor&apos;s project schema differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows %1 to %2 of table &apos;%3&apos; could not be copied: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already holds a project (%2 rows in &apos;%3&apos;); push fills an empty database only, so nobody&apos;s work on the server is replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a project of schema version %2, newer than this Candor (%3); update Candor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a project of schema version %2; this Candor reads version %3 only on a server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot pull into &apos;%1&apos;: the file exists (pull writes a new project file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no Candor project yet (push one first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s meta table does not name schema version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot move the pulled project to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server %1 refused the password (%2); Candor takes it from PGPASSFILE (~/.pgpass) or PGPASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address: it must start with postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid server address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address %1 contains a password; leave it out and put it in PGPASSFILE (~/.pgpass) or PGPASSWORD, so that it is never stored with the project or in a shell&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address %1 names no database: write postgresql://host/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address %1 has an unknown parameter &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address %1 has an unusable value for &apos;%2&apos;: &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address %1 has an unknown sslmode &apos;%2&apos; (disable, allow, prefer, require, verify-ca, verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address %1 has a connect_timeout that is not a number of seconds: &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s project has no label &apos;%1&apos; in schema &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an edit sent to the server needs a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a working copy of a team project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen for changes on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server database &apos;%1&apos; has no %2 role recorded (team_roles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database &apos;%1&apos; holds %2 tables but no Candor project (no meta table); use an empty database for a team project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database &apos;%1&apos; has a meta table but is not a Candor project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database &apos;%1&apos; has no valid schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has no login &apos;%1&apos;; an administrator creates it first (CREATE ROLE ... LOGIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team project&apos;s content or schemas changed on the server: open it again to bring the working copy up to date (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot put the working copy in place at &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder for working copies &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the working copy of %2, not of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a working copy of a team project saves people&apos;s annotations only (to the server); %1 rows are made on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed annotation %2 on the server meanwhile; your change was not applied, and the annotation now shows their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 was deleted on the server meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation %1 is not yours to change: on a team project annotators change their own rows and curators the curated ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server: database %1 failed: %2 (SQL: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check the host, port and path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection to %1 was lost and cannot be reopened; nothing was sent or saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is still %2 of this project: the membership was granted by another role, which must revoke it (or a superuser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your annotation was saved on the server (annotation %1), but this working copy cannot show it yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address %1 has characters that are not text in its host, user or database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server address %1 gives &apos;%2&apos; twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team project at %1 keeps changing its content while it is being copied; try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create the description folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an image description of version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the image description has no picture size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the image classifier gave %1 class probabilities, the ImageNet class list has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image description of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown picture input &apos;%1&apos; (text, description or text+description)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n picture(s) could not be described: %2</source>
        <translation>
            <numerusform>%1: %n picture could not be described: %2</numerusform>
            <numerusform>%1: %n pictures could not be described: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: task &apos;%2&apos; reads text only; a picture input is for post-veracity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model reads the objects in the picture, which cannot be named here: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the model reads the faces in the picture, which cannot be found here: OpenCV&apos;s face cascade is not installed (Debian package opencv-data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pretrained MobileNetV2 is not in the models folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a training bundle carries the posts&apos; text only; train a model that reads pictures inside the project (candor-cli train --picture-input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: item %2 refers to missing media %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture of item %1 (media %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluateMemeJob</name>
    <message>
        <source>Evaluation of %1 (version %2, %3) on %4, %5 memes: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluateTextJob</name>
    <message>
        <source>Evaluation of %1 (version %2) on %3, %4 items: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluateThreadJob</name>
    <message>
        <source>Evaluation of thread (version %1) on %2, %3 threads: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate thread on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvaluationTables</name>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n thread</numerusform>
            <numerusform>%n threads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2: %3, evaluated %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every split</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In brackets: 95% percentile-bootstrap intervals, %n resample(s) of the threads (a thread&apos;s posts stay together).</source>
        <translation>
            <numerusform>In brackets: 95% percentile-bootstrap intervals, %n resample of the threads (a thread&apos;s posts stay together).</numerusform>
            <numerusform>In brackets: 95% percentile-bootstrap intervals, %n resamples of the threads (a thread&apos;s posts stay together).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In brackets: 95% percentile-bootstrap intervals, %n resample(s) of the items.</source>
        <translation>
            <numerusform>In brackets: 95% percentile-bootstrap intervals, %n resample of the items.</numerusform>
            <numerusform>In brackets: 95% percentile-bootstrap intervals, %n resamples of the items.</numerusform>
        </translation>
    </message>
    <message>
        <source>This evaluation predates confidence intervals; evaluate again to see them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value [95% interval]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1 [95% interval]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not evaluated on a split yet (candor-cli eval --task %1 --split dev, or Evaluate in the window), so no per-label scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the official scorer counts it, a label that is neither in the gold answers nor predicted scores F1 1: so does a label with support 0, and a resample without a rare label, which widens its interval.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactCheck</name>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mostly true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mostly false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverifiable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim is empty: write the claim the item makes, in one sentence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim has %1 characters; at most %2 fit (put the rest in the note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note has %1 characters; at most %2 fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fact check belongs to no item.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactCheckCommand</name>
    <message>
        <source>Fact check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove fact check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: record %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 (post %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image &apos;%1&apos; not found in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies to %1, but structure.json places it under the root; kept %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies to %1, but structure.json places it under %2; kept %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image &apos;%1&apos; not stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>message %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thread %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 stored with damage: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1: record %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotation.json marks the rumour both true and misinformation; no veracity kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no labels read from this file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the label is not a string; left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels[%1]: span [%2, %3) does not cover its fragment &quot;%4&quot;; moved to [%5, %6), where the fragment is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image %1 is not in this project (a JSONL export carries no image bytes); imported without it, its description kept in the metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model annotation(s) left out: their model versions are not in this project (a JSONL export carries no model files)</source>
        <translation>
            <numerusform>%n model annotation left out: its model version is not in this project (a JSONL export carries no model files)</numerusform>
            <numerusform>%n model annotations left out: their model versions are not in this project (a JSONL export carries no model files)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the records before it are kept, nothing after it is read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty text: the post keeps its image only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 posts have no image and keep their text only; no %3/ folder was found beside the file or one folder up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 posts have no image and keep their text only; %3 image files their URLs name are not in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 posts have no image and keep their text only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no text was read in the image: the post keeps its picture only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR is unavailable (%1): the images are imported without text; Tools &gt; OCR on a filter that lists them reads them once Tesseract and its eng and spa data are installed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n relation, event, attribute or normalisation line(s) left out</source>
        <translation>
            <numerusform>%n relation, event, attribute or normalisation line left out</numerusform>
            <numerusform>%n relation, event, attribute or normalisation lines left out</numerusform>
        </translation>
    </message>
    <message>
        <source>type &apos;%1&apos; is no label of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the span ends after the text&apos;s %2 code points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the file quotes &quot;%2&quot; but the text has &quot;%3&quot; there (offsets counted in other units?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>a discontinuous span is stored as %n span(s), one per fragment</source>
        <translation>
            <numerusform>a discontinuous span is stored as %n span, one per fragment</numerusform>
            <numerusform>a discontinuous span is stored as %n spans, one per fragment</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: a text-bound annotation needs &apos;T&lt;n&gt;&lt;TAB&gt;Type START END&lt;TAB&gt;text&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; is no brat annotation id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label &apos;%1&apos; is in no label schema of this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offsets counted in UTF-16 units (as Label Studio wrote them before 2021) were converted to code points</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n prediction(s) left out: a model&apos;s rows need its model version in this project</source>
        <translation>
            <numerusform>%n prediction left out: a model&apos;s rows need its model version in this project</numerusform>
            <numerusform>%n predictions left out: a model&apos;s rows need its model version in this project</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled annotation(s) left out</source>
        <translation>
            <numerusform>%n cancelled annotation left out</numerusform>
            <numerusform>%n cancelled annotations left out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) of other types (ratings, text areas, relations, image regions) left out</source>
        <translation>
            <numerusform>%n result of another type (ratings, text areas, relations, image regions) left out</numerusform>
            <numerusform>%n results of other types (ratings, text areas, relations, image regions) left out</numerusform>
        </translation>
    </message>
    <message>
        <source>imported without its image: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1 records read: %2 items added, %3 updated, %4 unchanged; %5 posts, %6 annotations, %7 images added; %8 errors, %9 warnings (cancelled, nothing of the cancelled file was written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records read: %2 items added, %3 updated, %4 unchanged; %5 posts, %6 annotations, %7 images added; %8 errors, %9 warnings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabelNames</name>
    <message>
        <source>Appeal to authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal to fear/prejudice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black-and-white Fallacy/Dictatorship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Causal Oversimplification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doubt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exaggeration/Minimisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag-waving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glittering generalities (Virtue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Misrepresentation of Someone&apos;s Position (Straw Man)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name calling/Labeling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obfuscation, Intentional vagueness, Confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presenting Irrelevant Data (Red Herring)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reductio ad hitlerum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slogans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thought-terminating cliché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whataboutism</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bandwagon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal to (Strong) Emotions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FACILITATOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VICTIM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAMPAIGNER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OBJECTIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NEGATIVE_EFFECT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONSPIRACY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unverified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candor uses the new language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemeMapJob</name>
    <message>
        <source>Attention map of item %1 (model version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM of %1 on item %2 (model version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention map of item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM of %1 on item %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsText</name>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant answer %1 %2 (dev), %3 ± %4 (CV): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no better than always answering %1; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CV %1 %2 ± %3 (%4 folds), lead over the constant answer %5 (95% interval %6 to %7)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictMemeJob</name>
    <message>
        <source>No meme with an image to predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model version %1 (%2) proposed %3 annotation(s) on %4 meme(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictTextJob</name>
    <message>
        <source>No item to predict for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model version %1 proposed %2 annotation(s) on %3 item(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PredictThreadJob</name>
    <message>
        <source>No thread to predict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model version %1 proposed %2 annotation(s) on %3 thread(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict thread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>predicted %1 in [%2, %3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved filter “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotators disagree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportFigures</name>
    <message>
        <source>Items per label and origin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items per label and source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items per label and month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conspiracy and critical per source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conspiracy and critical per language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conspiracy and critical per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance of the posts per thread veracity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>posts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no veracity label)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candor report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a project holds, what its models say and how well they do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dev scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constant-answer baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persuasion techniques (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together on one item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items where both labels are present; the diagonal is each label&apos;s item count. Columns follow the rows&apos; numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narratives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrative roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 threads, %2 posts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No person or dataset labelled a stance here: the stances below are the model&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most denied threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>veracity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>denials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model score threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post verdicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <source>Report read %1 items (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportMethodNotes</name>
    <message>
        <source>Scope: %1; %2 items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label counts on an item when a row of it is neither rejected nor ignored; a model&apos;s row counts when its score is at least %1. Each item counts once per label and origin, whether the label marks a span, the whole item or a post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold rows come from the imported datasets, human rows from the project&apos;s annotators, model rows from the current model versions&apos; predictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months follow the items&apos; own dates (UTC); items without a date are left out of the charts over time. Examples show per label the passages a person marked first, then the dataset&apos;s, then the model&apos;s by score, one per item, cut around the span.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A post&apos;s stance is a person&apos;s label where there is one, else the dataset&apos;s (the window&apos;s reference timeline); a thread&apos;s veracity likewise. Replies are the posts after the source post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model scores are those measured on the dev split when the version was trained; the constant-answer baseline always gives the answer that scored best on the training data. A model no better than it is marked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, trained %3. Data: %4. Configuration: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTeam</name>
    <message>
        <source>annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items annotated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of the items in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Agreement over the whole project, as candor-cli agreement computes it: in brackets 95% percentile-bootstrap intervals, %n resample(s) of the items (posts for stance).</source>
        <translation>
            <numerusform>Agreement over the whole project, as candor-cli agreement computes it: in brackets 95% percentile-bootstrap intervals, %n resample of the items (posts for stance).</numerusform>
            <numerusform>Agreement over the whole project, as candor-cli agreement computes it: in brackets 95% percentile-bootstrap intervals, %n resamples of the items (posts for stance).</numerusform>
        </translation>
    </message>
    <message>
        <source>task (schema)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement [95% interval]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SampleProject</name>
    <message>
        <source>generating memes and chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing memes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing Telegram exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding meme text labels, narrative, stance and veracity labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finishing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskCatalog</name>
    <message>
        <source>Persuasion techniques of a meme&apos;s text (SemEval-2021 T6 subtask 1: 20 labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persuasion technique spans in a meme&apos;s text (SemEval-2021 T6 subtask 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persuasion techniques of a meme, text and image (SemEval-2021 T6 subtask 3: 22 labels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conspiracy or critical thinking, and the narrative roles in a message (PAN 2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply stance per post and rumour veracity per thread (RumourEval 2017)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last version started from a pretrained tokenizer, which is not stored with it; this run trains its own (Models &gt; Train… to choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no thread in split &apos;train&apos; has a stance or veracity label (gold or human-confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fewer than %1 memes with an image in split &apos;train&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans of your schema %1 in an item&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One label of your schema %1 per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels of your schema %1, several per item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fake or real: a verdict for a post from its text and picture (MediaEval 2016, Weibo; folds grouped by event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TelegramImporter</name>
    <message>
        <source>telegram threads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextTaskReadiness</name>
    <message>
        <source>no message with a CONSPIRACY or CRITICAL label (%1, gold or human-confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meme with %1 spans (gold or human-confirmed, SemEval subtask 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no meme with %1 item labels (gold or human-confirmed, SemEval subtask 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in split &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the dev split &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no post with a fake or real label (%1, gold or human-confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no item with %1 %2 (gold, curated or human-confirmed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ThreadEdits</name>
    <message>
        <source>Set stance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set veracity %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainMemeJob</name>
    <message>
        <source>Trained %1 (%2): model version %3, %4 train / %5 dev memes, %6 s; dev %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainTextJob</name>
    <message>
        <source>Trained %1: model version %2 (%3), %4 train / %5 dev items, %6 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainThreadJob</name>
    <message>
        <source>Trained thread: model version %1, %2 train / %3 dev threads, %4 s; dev %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train thread (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictClusters</name>
    <message>
        <source>Near-duplicates of the posts flagged fake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same picture (perceptual hash within 7 bits) or the same wording (word-pair Jaccard 0.5 or more) elsewhere in the project, with what is known of each copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n near-duplicate(s)</source>
        <translation>
            <numerusform>%1 %2: %n near-duplicate</numerusform>
            <numerusform>%1 %2: %n near-duplicates</numerusform>
        </translation>
    </message>
    <message>
        <source> (more not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what is known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fact check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same wording</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message numerus="yes">
        <source>CPU (%n threads)</source>
        <translation>
            <numerusform>CPU (%n thread)</numerusform>
            <numerusform>CPU (%n threads)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::AnnotationEditor</name>
    <message>
        <source>Correct %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold annotations come from the dataset and are not removed; add a corrected span instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlabel item %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::AnnotatorDialog</name>
    <message>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every annotation you make keeps your name, so that a team&apos;s work can be merged and compared. The short id and the colour mark your annotations where space is short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Ana López</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. AL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Short id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of your annotations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::ChartsPanel</name>
    <message>
        <source>&amp;Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the charts of the items the browser&apos;s filter lists, as a report would show them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filtered items have no labels to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::ComputeActions</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences: %1; the engine uses the automatic choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models now run on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::CurationPanel</name>
    <message>
        <source>Curated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curated by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed annotator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold (dataset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept as curated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear curation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version / label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions to curate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the selected version as this item&apos;s curated annotations (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this item&apos;s curated annotations in this schema (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the next item where annotators disagree and nothing is curated yet (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n annotator(s))</source>
        <translation>
            <numerusform>%1 (%n annotator)</numerusform>
            <numerusform>%1 (%n annotators)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing annotated on this item yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>post %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settled. Accepting another version replaces the curated rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curate %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear curation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept &amp;ticked rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge: store the rows you ticked, from any versions, as this item&apos;s curated annotations (undoable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not curated yet: accept a version, or tick rows of several and accept those.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes one answer per item or post: tick one of the differing answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Curate %1 from %n ticked row(s)</source>
        <translation>
            <numerusform>Curate %1 from %n ticked row</numerusform>
            <numerusform>Curate %1 from %n ticked rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::DescribeJob</name>
    <message>
        <source>Describe the pictures of the current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the descriptions of the %n picture(s) read before the cancel are kept</source>
        <translation>
            <numerusform>the description of the %n picture read before the cancel is kept</numerusform>
            <numerusform>the descriptions of the %n pictures read before the cancel are kept</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter lists no item: nothing to describe</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) described (%1 new, %2 ms each); %3 could not be read</source>
        <translation>
            <numerusform>%n picture described (%1 new, %2 ms each); %3 could not be read</numerusform>
            <numerusform>%n pictures described (%1 new, %2 ms each); %3 could not be read</numerusform>
        </translation>
    </message>
    <message>
        <source>No objects: the pretrained MobileNetV2 is not in the models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No faces: OpenCV&apos;s face cascade is not installed (Debian package opencv-data)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::EngineJobRunner</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::ExportJob</name>
    <message>
        <source>Export %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown export format &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) written</source>
        <translation>
            <numerusform>%1: %n record written</numerusform>
            <numerusform>%1: %n records written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::ImportJob</name>
    <message>
        <source>Import %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n files</source>
        <translation>
            <numerusform>Import %n file</numerusform>
            <numerusform>Import %n files</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) imported before the cancel are kept; the one under way was not written</source>
        <translation>
            <numerusform>%n path imported before the cancel is kept; the one under way was not written</numerusform>
            <numerusform>%n paths imported before the cancel are kept; the one under way was not written</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::ItemBrowser</name>
    <message>
        <source>Items browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) match</source>
        <translation>
            <numerusform>%n item matches</numerusform>
            <numerusform>%n items match</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 items match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::ItemFilterBar</name>
    <message>
        <source>(any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search text (full-text)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for the saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the filter fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(saved filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>annotators disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only items where two annotators&apos; labels or spans of one schema differ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>has a near-duplicate with a verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-duplicate with a verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items whose near-duplicate (same picture or wording) has a gold or human fake / real verdict or a fact check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have a near-duplicate with a verdict</source>
        <translation>
            <numerusform>%n item has a near-duplicate with a verdict</numerusform>
            <numerusform>%n items have a near-duplicate with a verdict</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::ItemTableModel</name>
    <message>
        <source>reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::ItemView</name>
    <message>
        <source>Item view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bands under the text: solid = gold or accepted, edged = human, dashed = model proposal. Select text and press a technique key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item view tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [%2, %3) selected: A accepts, X rejects, Del removes, a technique key relabels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show gold spans from the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show spans made by annotators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the model&apos;s proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept all proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span start left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span start right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span end left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span end right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 / %4%5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 [%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text or a span first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a model span to accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a model span to reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n proposal(s)</source>
        <translation>
            <numerusform>Accepted %n proposal</numerusform>
            <numerusform>Accepted %n proposals</numerusform>
        </translation>
    </message>
    <message>
        <source>%1	%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::Job</name>
    <message>
        <source>nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::JobListModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::JobsPanel</name>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the selected job, or the newest running one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear ended</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::LabelListModel</name>
    <message>
        <source>%1  [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model probability %1%</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::LabelTable</name>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels of the schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotations that use the label; a used label can be retired, not deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::LabelsPanel</name>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span label schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item label schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span techniques</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Span techniques (select text, press the key or double-click)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item labels (bars: model probability)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No human annotations yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotated by: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n item(s)</source>
        <translation>
            <numerusform>%1: %2 of %n item</numerusform>
            <numerusform>%1: %2 of %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::MainWindow</name>
    <message>
        <source>Candor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Candor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open or create a project first, then drop the files again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unreviewed item left in this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unreviewed item has model proposals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No project</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n job running</numerusform>
            <numerusform>%n jobs running</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets (*.json *.jsonl *.ndjson *.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;unreviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next most un&amp;certain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Focus item &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel &amp;all jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lear ended jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Candor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Candor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Candor %1&lt;/b&gt;&lt;p&gt;A workbench against online manipulation.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %L2 items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance &amp;keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format (every item, best annotation of each):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions of %1 now use version %2 (pinned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions of %1 now use its newest version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No annotator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotating as %1 (%2). Edit &gt; Annotator… changes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annotating as %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the project to merge into first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge annotations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge annotations from a copy of this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Annotator…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No disagreement left to curate in this view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next &amp;disagreement to curate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label &amp;schemas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a project to edit its label schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label schemas changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the team project %1 (working copy %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team project %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;team project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open team project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team project&apos;s address, as its administrator gave it:
postgresql://you@host/database (add ?sslmode=verify-full&amp;sslrootcert=FILE for TLS).
The password comes from your PGPASSFILE (~/.pgpass) or PGPASSWORD, never from the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item left that you have not annotated and nobody else is working on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is yours for %2 minutes: the team is served other items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (team login)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this team project your annotations carry your server login, %1, whatever the profile says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not listening for the team&apos;s changes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team project&apos;s content or schemas changed on the server: open it again to bring them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Took in %n change(s) from the team.</source>
        <translation>
            <numerusform>Took in %n change from the team.</numerusform>
            <numerusform>Took in %n changes from the team.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team project: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::MemeImageView</name>
    <message>
        <source>Meme image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel or +/- zoom, 0 fits, drag pans; click a word or Shift+drag a region to select its text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The meme&apos;s picture, with the model&apos;s heatmap over it when one is shown. The caption is the item text below; words and regions picked here select it there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::MemeMapService</name>
    <message>
        <source>no project is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the job could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::MemeView</name>
    <message>
        <source>Meme view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meme tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show where the model looks: the caption&apos;s attention over the image grid, or the Grad-CAM of the technique picked beside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+ or the wheel over the image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole image (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save overlay as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the image with the heatmap and highlights as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model version %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a %1 model with images to see heatmaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention (caption → image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM: %1 (p %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grad-CAM: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stored map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap of item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the overlay of item %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save overlay as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::MergeJob</name>
    <message>
        <source>Merge annotations of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Merge annotations of %n file(s)</source>
        <translation>
            <numerusform>Merge annotations of %n file</numerusform>
            <numerusform>Merge annotations of %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) added</source>
        <translation>
            <numerusform>%1: %n row added</numerusform>
            <numerusform>%1: %n rows added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) already present</source>
        <translation>
            <numerusform>%n answer already present</numerusform>
            <numerusform>%n answers already present</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) missing here</source>
        <translation>
            <numerusform>%n item missing here</numerusform>
            <numerusform>%n items missing here</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict: %1 answered %2/%3 in %4 differently: here %5, there %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items not in this project: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::ModelActions</name>
    <message>
        <source>Active &amp;task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Train…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retrain with the last settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict current &amp;item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict current &amp;filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict &amp;all items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Evaluate on dev</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model version for task %1 yet: train one first (Models &gt; Train…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev metrics of version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev metrics of the previous version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of %2 is trained.

Dev: %3
%4
Predict all items with it now? Proposals never replace human annotations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous version %1: %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n filtered item(s)</source>
        <translation>
            <numerusform>%n filtered item</numerusform>
            <numerusform>%n filtered items</numerusform>
        </translation>
    </message>
    <message>
        <source>open a project first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a new version of %1 with the last version&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot train %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OCR current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the text of the filtered memes&apos; images with Tesseract and store the word boxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions of %1 still use the pinned version %2 (Models dock: Follow the latest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predict %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model version %1 of %2 is no better than always giving the same answer:
%3

Its proposals would mislead annotators. Propose them anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Describe pictures of current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the filtered items&apos; pictures into structured text (OCR, objects, metadata, faces), shown in the verdict panel and read by post-veracity models</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::ModelVersionsPanel</name>
    <message>
        <source>Model versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dev metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions of this task use the selected version from now on (roll back to an older one); no version and no proposal is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Predictions of this task use its newest version again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pinned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a version to pin it for its task&apos;s predictions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 predictions use the pinned version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 predictions use its newest version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::OcrJob</name>
    <message>
        <source>OCR of the current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the %n image(s) read before the cancel are kept</source>
        <translation>
            <numerusform>the %n image read before the cancel is kept</numerusform>
            <numerusform>the %n images read before the cancel are kept</numerusform>
        </translation>
    </message>
    <message>
        <source>OCR read %1 image(s): %2 got text, %3 have words linked to their text; %4 ms per image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter lists no meme or post with an image: nothing to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n image(s) with Tesseract (%1)</source>
        <translation>
            <numerusform>Reading %n image with Tesseract (%1)</numerusform>
            <numerusform>Reading %n images with Tesseract (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::PreferencesDialog</name>
    <message>
        <source>Automatic (a GPU when one is found, else the CPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU %1 (CUDA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All cores (%n)</source>
        <translation>
            <numerusform>All cores (%n)</numerusform>
            <numerusform>All cores (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU &amp;threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not found now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As each model&apos;s settings say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most examples a model trains or predicts with at once. Lower it when a GPU runs out of memory; a training that runs out retries at half its batch by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training, prediction and evaluation started from now on use these settings; a job already running keeps its own. The command line takes --device, --threads and --batch-limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest &amp;batch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::ReportActions</name>
    <message>
        <source>&amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An analyst&apos;s report of the current filter: HTML or PDF, with charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML page (*.html);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report written: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::ReportFiguresJob</name>
    <message>
        <source>Charts of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::SampleProjectJob</name>
    <message>
        <source>Build sample project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::SchemaEditorDialog</name>
    <message>
        <source>&amp;Add label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label schemas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offered as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item labels and spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in schemas are read-only: Copy… makes one you can edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ffered as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the schema:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export label schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import label schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The schema %1 has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New label schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy label schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label %1 “%2”: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: keys are distinct and colours readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>label 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected label; one that annotations use can only be retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label schemas (*.json *.xml *.conf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Arrows, Shift+Ctrl+Arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select text in the item view (keyboard-only annotation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deselect the selected span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the selection (or relabel the selected span): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up, Down (items table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the items; span keys (technique keys, A, X, Del, &apos;.&apos;, &apos;,&apos;, Alt+arrows) act on the item view from the table as well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+, -, 0, Arrows (meme image)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom the meme image in, out, fit it to the view, pan it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::SimilarItemsList</name>
    <message>
        <source>image, %1/64 bits apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text, %1% alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No near-duplicates in this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fact check: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::SpanTextView</name>
    <message>
        <source>gold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>human</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>human (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model, score %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item text with technique spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No technique spans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on &quot;%2&quot; (%3, %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n technique span(s): </source>
        <translation>
            <numerusform>%n technique span: </numerusform>
            <numerusform>%n technique spans: </numerusform>
        </translation>
    </message>
    <message>
        <source>curated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::StanceKeysDialog</name>
    <message>
        <source>Stance keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key for the stance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keys give the current reply of a thread a human stance. Click a field and press the new key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is both %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is already &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::StanceTimelineView</name>
    <message>
        <source>Reference stance (human, else gold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model stance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies (cumulative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stances:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time since the source (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model stance over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the PNG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the SVG file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheel: zoom the time axis around the pointer; click a point to select its reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole time range again after zooming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cumulative replies per stance over the thread&apos;s time, and the model&apos;s attention per reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::TeamProjectJob</name>
    <message>
        <source>Open team project %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::ThreadTreeModel</name>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::ThreadView</name>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Veracity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thread posts and their stances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stance of the current reply (thread view): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::TrainDialog</name>
    <message>
        <source>Transformer encoder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N-gram baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encoder layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train a model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English and Spanish (one model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Epochs (at most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trains on the train split with gold labels, where human-confirmed annotations override gold, and scores the dev split once at the end. The new version appears in the Models dock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::TrainingChart</name>
    <message>
        <source>Training chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No training yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: step %2, loss %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held-out score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, held-out %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::VerdictPanel</name>
    <message>
        <source>Save fact check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The claim the post makes, in one sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact-check note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources, reasoning, what is still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact-check problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verdict: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gold:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Human:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fake with probability %1 (calibrated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no prediction for this post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Train and predict the post-veracity task to see one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet: press F (fake), R (real) or U (unsure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1 · created %2 · updated %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fact check yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact check saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not described yet (candor-cli describe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the picture&apos;s description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text and the picture&apos;s description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driven by: %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driven by: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>candor::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h1&gt;Candor&lt;/h1&gt;&lt;p&gt;A workbench against online manipulation: persuasion techniques in memes and posts, narratives, rumours.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open sample project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop dataset files or folders onto the window to import them into the open project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small project built from bundled sample data: memes, Telegram chats and reply threads with gold labels, ready to train and retrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — team project at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workbench against online manipulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project file to open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
