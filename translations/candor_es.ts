<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AgreementReport</name>
    <message>
        <source>fewer than two annotators have human rows of %1: no agreement to compute</source>
        <translation>menos de dos anotadores tienen filas humanas de %1: no hay acuerdo que calcular</translation>
    </message>
</context>
<context>
    <name>AgreementText</name>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Krippendorff&apos;s alpha %1 (units with two or more annotators: %2)</source>
        <translation>alfa de Krippendorff %1 (unidades con dos o más anotadores: %2)</translation>
    </message>
    <message>
        <source>Fleiss&apos; kappa %1 (units with %3 annotators: %2; left out with another count: %4)</source>
        <translation>kappa de Fleiss %1 (unidades con %3 anotadores: %2; excluidas por tener otro número: %4)</translation>
    </message>
    <message>
        <source>Cohen&apos;s kappa %1: %2 (common units: %3)</source>
        <translation>kappa de Cohen %1: %2 (unidades comunes: %3)</translation>
    </message>
    <message>
        <source>span F1 exact %1, partial %2 (spans: %3 and %4)</source>
        <translation>F1 de fragmentos exacto %1, parcial %2 (fragmentos: %3 y %4)</translation>
    </message>
    <message>
        <source>unitizing alpha %1</source>
        <translation>alfa de unitización %1</translation>
    </message>
    <message>
        <source>Agreement of human annotations; [low, high]: %1% bootstrap interval over units, %2 resamples, seed %3</source>
        <translation>Acuerdo de las anotaciones humanas; [bajo, alto]: intervalo bootstrap del %1% sobre unidades, %2 remuestreos, semilla %3</translation>
    </message>
    <message>
        <source>%1: %2 (%3), annotated units: %4; annotators: %5</source>
        <translation>%1: %2 (%3), unidades anotadas: %4; anotadores: %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>micro (every item x label one yes/no decision; Fleiss counts those decisions as units):</source>
        <translation>micro (cada elemento x etiqueta es una decisión sí/no; Fleiss cuenta esas decisiones como unidades):</translation>
    </message>
    <message>
        <source>%1 (units both annotated: %2):</source>
        <translation>%1 (unidades anotadas por ambos: %2):</translation>
    </message>
</context>
<context>
    <name>AnnotationCommands</name>
    <message>
        <source>%1 [%2, %3)</source>
        <translation>%1 [%2, %3)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Añadir %1</translation>
    </message>
    <message>
        <source>the same annotation exists already</source>
        <translation>ya existe la misma anotación</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Mark %1 %2</source>
        <translation>Marcar %1 como %2</translation>
    </message>
</context>
<context>
    <name>AnnotatorProfile</name>
    <message>
        <source>Enter your name: every annotation you make keeps it.</source>
        <translation>Escriba su nombre: queda guardado en cada anotación que haga.</translation>
    </message>
    <message>
        <source>The name must not start or end with spaces.</source>
        <translation>El nombre no debe empezar ni terminar con espacios.</translation>
    </message>
    <message>
        <source>The name is longer than 80 characters.</source>
        <translation>El nombre tiene más de 80 caracteres.</translation>
    </message>
    <message>
        <source>The short id is 1 to %1 letters or digits, without spaces (e.g. your initials).</source>
        <translation>El identificador corto tiene de 1 a %1 letras o dígitos, sin espacios (p. ej., sus iniciales).</translation>
    </message>
    <message>
        <source>Choose a colour for your annotations.</source>
        <translation>Elija un color para sus anotaciones.</translation>
    </message>
    <message>
        <source>The short id %1 is already %2&apos;s in this project; choose another.</source>
        <translation>El identificador corto %1 ya es de %2 en este proyecto; elija otro.</translation>
    </message>
</context>
<context>
    <name>AppearanceMenu</name>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apariencia</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
    <message>
        <source>Light or dark as the desktop prefers, switching live</source>
        <translation>Claro u oscuro según prefiera el escritorio, con cambio en vivo</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>Always the light palette</source>
        <translation>Siempre la paleta clara</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Always the dark palette</source>
        <translation>Siempre la paleta oscura</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>unknown annotation origin &apos;%1&apos;</source>
        <translation>origen de anotación desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown annotation status &apos;%1&apos;</source>
        <translation>estado de anotación desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown item kind &apos;%1&apos;</source>
        <translation>tipo de elemento desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown label schema &apos;%1&apos;</source>
        <translation>esquema de etiquetas desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown annotation origin &apos;%1&apos; (use gold, human, model or best)</source>
        <translation type="vanished">origen de anotación desconocido &apos;%1&apos; (valores válidos: gold, human, model o best)</translation>
    </message>
    <message>
        <source>export cancelled; nothing was written</source>
        <translation>exportación cancelada; no se escribió nada</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: no se puede escribir: %2</translation>
    </message>
    <message>
        <source>%1: write failed: %2</source>
        <translation>%1: falló la escritura: %2</translation>
    </message>
    <message>
        <source>%1: cannot save: %2</source>
        <translation>%1: no se puede guardar: %2</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <translation>%1: no existe el archivo o la carpeta</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: no se puede abrir: %2</translation>
    </message>
    <message>
        <source>invalid UTF-8 at the start of the file</source>
        <translation>UTF-8 no válido al principio del archivo</translation>
    </message>
    <message>
        <source>expected a JSON array at the top level</source>
        <translation>se esperaba un array JSON en el nivel superior</translation>
    </message>
    <message>
        <source>%1: after record #%2 (byte %3): %4</source>
        <translation>%1: después del registro #%2 (byte %3): %4</translation>
    </message>
    <message>
        <source>%1: byte %2: %3</source>
        <translation>%1: byte %2: %3</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>se esperaba una cadena</translation>
    </message>
    <message>
        <source>truncated JSON: string not closed</source>
        <translation>JSON truncado: cadena sin cerrar</translation>
    </message>
    <message>
        <source>truncated JSON: value expected</source>
        <translation>JSON truncado: se esperaba un valor</translation>
    </message>
    <message>
        <source>truncated JSON: object not closed</source>
        <translation>JSON truncado: objeto sin cerrar</translation>
    </message>
    <message>
        <source>truncated JSON: array not closed</source>
        <translation>JSON truncado: array sin cerrar</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>carácter inesperado &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a JSON object at the top level</source>
        <translation type="vanished">se esperaba un objeto JSON en el nivel superior</translation>
    </message>
    <message>
        <source>no member &quot;%1&quot; in the top-level object</source>
        <translation type="vanished">el objeto de nivel superior no tiene el miembro &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after member &quot;%1&quot;</source>
        <translation>se esperaba &apos;:&apos; después del miembro &quot;%1&quot;</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; is not an array</source>
        <translation>el miembro &quot;%1&quot; no es un array</translation>
    </message>
    <message>
        <source>member &quot;%1&quot;: %2</source>
        <translation>miembro &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; between members</source>
        <translation>se esperaba &apos;,&apos; entre miembros</translation>
    </message>
    <message>
        <source>the file cannot be read further</source>
        <translation>no se puede seguir leyendo el archivo</translation>
    </message>
    <message>
        <source>truncated JSON: the array is not closed</source>
        <translation>JSON truncado: el array no está cerrado</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; between records</source>
        <translation>se esperaba &apos;,&apos; o &apos;]&apos; entre registros</translation>
    </message>
    <message>
        <source>%1: record #%2: malformed JSON: %3</source>
        <translation>%1: registro #%2: JSON mal formado: %3</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una cadena</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>un valor ausente</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>un valor desconocido</translation>
    </message>
    <message>
        <source>%1 is %2, expected an object</source>
        <translation>%1: se encontró %2, se esperaba un objeto</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is %2, expected a string</source>
        <translation>campo &apos;%1&apos;: se encontró %2, se esperaba una cadena</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is %2, expected an array</source>
        <translation>campo &apos;%1&apos;: se encontró %2, se esperaba un array</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is %2, expected an integer</source>
        <translation>campo &apos;%1&apos;: se encontró %2, se esperaba un entero</translation>
    </message>
    <message>
        <source>span [%1, %2) has a negative offset</source>
        <translation>el fragmento [%1, %2) tiene un desplazamiento negativo</translation>
    </message>
    <message>
        <source>span [%1, %2) is reversed</source>
        <translation>el fragmento [%1, %2) está invertido</translation>
    </message>
    <message>
        <source>span [%1, %2) is empty</source>
        <translation>el fragmento [%1, %2) está vacío</translation>
    </message>
    <message>
        <source>span [%1, %2) ends after the text (%3 code points)</source>
        <translation>el fragmento [%1, %2) termina después del final del texto (%3 puntos de código)</translation>
    </message>
    <message>
        <source>span [%1, %2) covers &quot;%3&quot;, not the given fragment &quot;%4&quot;</source>
        <translation>el fragmento [%1, %2) abarca &quot;%3&quot;, no el texto indicado &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1 of %2 characters exceeds the limit of %3</source>
        <translation>%1: %2 caracteres superan el límite de %3</translation>
    </message>
    <message>
        <source>empty file name</source>
        <translation>nombre de archivo vacío</translation>
    </message>
    <message>
        <source>file name &apos;%1&apos; must be relative to the import folder</source>
        <translation>el nombre de archivo &apos;%1&apos; debe ser relativo a la carpeta de importación</translation>
    </message>
    <message>
        <source>file name &apos;%1&apos; leaves the import folder</source>
        <translation>el nombre de archivo &apos;%1&apos; sale de la carpeta de importación</translation>
    </message>
    <message>
        <source>file &apos;%1&apos; links outside the import folder</source>
        <translation>el archivo &apos;%1&apos; enlaza fuera de la carpeta de importación</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="vanished">%1: no se puede leer: %2</translation>
    </message>
    <message>
        <source>%1: file of %2 bytes is larger than the limit of %3</source>
        <translation>%1: el archivo de %2 bytes supera el límite de %3</translation>
    </message>
    <message>
        <source>%1: invalid UTF-8</source>
        <translation>%1: UTF-8 no válido</translation>
    </message>
    <message>
        <source>%1: header has no column &apos;%2&apos; (expected %3)</source>
        <translation>%1: el encabezado no tiene la columna &apos;%2&apos; (se esperaba %3)</translation>
    </message>
    <message>
        <source>image folder &apos;%1&apos; does not exist</source>
        <translation>la carpeta de imágenes &apos;%1&apos; no existe</translation>
    </message>
    <message>
        <source>%1: no MediaEval posts file (*posts*.txt with a post_id header) in the folder</source>
        <translation>%1: la carpeta no contiene ningún archivo de publicaciones de MediaEval (*posts*.txt con un encabezado post_id)</translation>
    </message>
    <message>
        <source>%1: empty file, expected the header row</source>
        <translation>%1: archivo vacío, se esperaba la fila de encabezado</translation>
    </message>
    <message>
        <source>%1: header</source>
        <translation>%1: encabezado</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>%1 campos donde el encabezado tiene %2</translation>
    </message>
    <message>
        <source>empty post_id</source>
        <translation>post_id vacío</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; is not fake, humor or real</source>
        <translation>la etiqueta &apos;%1&apos; no es fake, humor ni real</translation>
    </message>
    <message>
        <source>the annotation</source>
        <translation>la anotación</translation>
    </message>
    <message>
        <source>unknown span category &apos;%1&apos;</source>
        <translation>categoría de fragmento desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>annotations[%1]: %2</source>
        <translation>annotations[%1]: %2</translation>
    </message>
    <message>
        <source>%1: no PAN 2024 JSON files in this folder</source>
        <translation>%1: no hay archivos JSON de PAN 2024 en esta carpeta</translation>
    </message>
    <message>
        <source>the record</source>
        <translation>el registro</translation>
    </message>
    <message>
        <source>field &apos;text&apos;</source>
        <translation>campo &apos;text&apos;</translation>
    </message>
    <message>
        <source>%1: the RumourEval export writes a folder (subtaskA.json, subtaskB.json); this is a file</source>
        <translation>%1: la exportación de RumourEval escribe una carpeta (subtaskA.json, subtaskB.json); esto es un archivo</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: no se puede crear la carpeta</translation>
    </message>
    <message>
        <source>%1: no RumourEval thread folders (source-tweet/, replies/, structure.json) here</source>
        <translation>%1: aquí no hay carpetas de hilos de RumourEval (source-tweet/, replies/, structure.json)</translation>
    </message>
    <message>
        <source>%1: malformed JSON at byte %2: %3</source>
        <translation type="vanished">%1: JSON mal formado en el byte %2: %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1: se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>%1: expected a JSON object of id -&gt; label</source>
        <translation>%1: se esperaba un objeto JSON de id -&gt; etiqueta</translation>
    </message>
    <message>
        <source>%1: the label of &apos;%2&apos; is not a string</source>
        <translation type="vanished">%1: la etiqueta de &apos;%2&apos; no es una cadena</translation>
    </message>
    <message>
        <source>%1/source-tweet: expected one tweet file, found %2</source>
        <translation type="vanished">%1/source-tweet: se esperaba un archivo de tuit, se encontraron %2</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <source>malformed JSON at byte %1: %2</source>
        <translation>JSON mal formado en el byte %1: %2</translation>
    </message>
    <message>
        <source>the file holds no JSON object</source>
        <translation>el archivo no contiene ningún objeto JSON</translation>
    </message>
    <message>
        <source>created_at &apos;%1&apos; is not a Twitter time</source>
        <translation>created_at &apos;%1&apos; no es una fecha de Twitter</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>SemEval-2021 Task 6 has subtasks 1 to 3, not %1</source>
        <translation>SemEval-2021 Task 6 tiene las subtareas 1 a 3, no %1</translation>
    </message>
    <message>
        <source>%1: no SemEval-2021 Task 6 JSON files in this folder</source>
        <translation>%1: no hay archivos JSON de SemEval-2021 Task 6 en esta carpeta</translation>
    </message>
    <message>
        <source>%1: not a SemEval-2021 Task 6 file (expected a JSON array of memes)</source>
        <translation>%1: no es un archivo de SemEval-2021 Task 6 (se esperaba un array JSON de memes)</translation>
    </message>
    <message>
        <source>labels[%1] is not a technique name (a string)</source>
        <translation>labels[%1] no es un nombre de técnica (una cadena)</translation>
    </message>
    <message>
        <source>field &apos;id&apos; is empty</source>
        <translation>el campo &apos;id&apos; está vacío</translation>
    </message>
    <message>
        <source>the label</source>
        <translation>la etiqueta</translation>
    </message>
    <message>
        <source>labels[%1]: %2</source>
        <translation>labels[%1]: %2</translation>
    </message>
    <message>
        <source>its text differs from the text of meme &apos;%1&apos; imported from another subtask file</source>
        <translation>su texto difiere del texto del meme &apos;%1&apos; importado desde el archivo de otra subtarea</translation>
    </message>
    <message>
        <source>image file &apos;%1&apos; is neither beside %2 nor in %3/</source>
        <translation>el archivo de imagen &apos;%1&apos; no está junto a %2 ni en %3/</translation>
    </message>
    <message>
        <source>%1: record at line %2: %3</source>
        <translation>%1: registro en la línea %2: %3</translation>
    </message>
    <message>
        <source>truncated CSV: quoted field not closed</source>
        <translation>CSV truncado: campo entre comillas sin cerrar</translation>
    </message>
    <message>
        <source>record longer than %1 bytes</source>
        <translation>registro de más de %1 bytes</translation>
    </message>
    <message>
        <source>unexpected character after a closing quote</source>
        <translation type="vanished">carácter inesperado tras unas comillas de cierre</translation>
    </message>
    <message>
        <source>quote inside an unquoted field (quote the whole field)</source>
        <translation type="vanished">comillas dentro de un campo sin comillas (hay que entrecomillar el campo entero)</translation>
    </message>
    <message>
        <source>%1: export cancelled, nothing written</source>
        <translation>%1: exportación cancelada, no se escribió nada</translation>
    </message>
    <message>
        <source>%1: cannot finish writing: %2</source>
        <translation>%1: no se puede terminar de escribir: %2</translation>
    </message>
    <message>
        <source>CSV delimiter must be one ASCII character or &apos;tab&apos;, not &apos;%1&apos;</source>
        <translation>el delimitador CSV debe ser un único carácter ASCII o &apos;tab&apos;, no &apos;%1&apos;</translation>
    </message>
    <message>
        <source>malformed JSON: %1 at byte %2</source>
        <translation type="vanished">JSON mal formado: %1 en el byte %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>se esperaba un objeto JSON</translation>
    </message>
    <message>
        <source>%1: empty file, expected a header row</source>
        <translation>%1: archivo vacío, se esperaba una fila de encabezado</translation>
    </message>
    <message>
        <source>%1: the header has neither a &apos;%2&apos; nor an &apos;%3&apos; column (map them with --map text=COLUMN)</source>
        <translation>%1: el encabezado no tiene ninguna columna &apos;%2&apos; ni &apos;%3&apos; (se pueden asignar con --map text=COLUMN)</translation>
    </message>
    <message>
        <source>column &apos;%1&apos;</source>
        <translation>columna &apos;%1&apos;</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a string, not %2</source>
        <translation>el campo &apos;%1&apos; debe ser una cadena, no %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;</source>
        <translation>campo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>span field &apos;%1&apos; must be an integer, not %2</source>
        <translation>el campo de fragmento &apos;%1&apos; debe ser un entero, no %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a JSON array: %2</source>
        <translation>el campo &apos;%1&apos; debe ser un array JSON: %2</translation>
    </message>
    <message>
        <source>unknown mapping key &apos;%1&apos; (columns: %2; values: %3)</source>
        <translation>clave de asignación desconocida &apos;%1&apos; (columnas: %2; valores: %3)</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a non-empty string or a number, not %2</source>
        <translation>el campo &apos;%1&apos; debe ser una cadena no vacía o un número, no %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; is not an ISO 8601 time</source>
        <translation>campo &apos;%1&apos;: &apos;%2&apos; no es una fecha y hora ISO 8601</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must hold strings, not %2</source>
        <translation>el campo &apos;%1&apos; debe contener cadenas, no %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a string or an array, not %2</source>
        <translation>el campo &apos;%1&apos; debe ser una cadena o un array, no %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be an array of {start, end, label}</source>
        <translation>el campo &apos;%1&apos; debe ser un array de {start, end, label}</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must hold objects {start, end, label}, not %2</source>
        <translation>el campo &apos;%1&apos; debe contener objetos {start, end, label}, no %2</translation>
    </message>
    <message>
        <source>span [%1, %2) of &apos;%3&apos; is out of range or reversed (text has %4 code points)</source>
        <translation>el fragmento [%1, %2) de &apos;%3&apos; está fuera de rango o invertido (el texto tiene %4 puntos de código)</translation>
    </message>
    <message>
        <source>%1: line %2: longer than %3 bytes</source>
        <translation type="vanished">%1: línea %2: supera los %3 bytes</translation>
    </message>
    <message>
        <source>unknown message type &apos;%1&apos;</source>
        <translation>tipo de mensaje desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>duplicate message id %1</source>
        <translation>id de mensaje duplicado %1</translation>
    </message>
    <message>
        <source>photo &apos;%1&apos; is missing from the export folder</source>
        <translation>falta la foto &apos;%1&apos; en la carpeta de exportación</translation>
    </message>
    <message>
        <source>root message %1 vanished</source>
        <translation type="vanished">el mensaje raíz %1 desapareció</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be an integer</source>
        <translation>el campo &apos;%1&apos; debe ser un entero</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is not a date like 2023-01-02T10:11:12</source>
        <translation>el campo &apos;%1&apos; no es una fecha como 2023-01-02T10:11:12</translation>
    </message>
    <message>
        <source>field &apos;text&apos; must be a string or an array</source>
        <translation>el campo &apos;text&apos; debe ser una cadena o un array</translation>
    </message>
    <message>
        <source>text entity without a string &apos;text&apos;</source>
        <translation>entidad de texto sin una cadena &apos;text&apos;</translation>
    </message>
    <message>
        <source>field &apos;text&apos; must hold strings and entity objects</source>
        <translation>el campo &apos;text&apos; debe contener cadenas y objetos de entidad</translation>
    </message>
    <message>
        <source>a message must be a JSON object</source>
        <translation>un mensaje debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>field &apos;date&apos; is missing</source>
        <translation>falta el campo &apos;date&apos;</translation>
    </message>
    <message>
        <source>field &apos;from&apos; must be a string</source>
        <translation>el campo &apos;from&apos; debe ser una cadena</translation>
    </message>
    <message>
        <source>field &apos;photo&apos; must be a string</source>
        <translation>el campo &apos;photo&apos; debe ser una cadena</translation>
    </message>
    <message>
        <source>heatmap: %1 weights do not form a %2 x %3 grid</source>
        <translation>mapa de calor: %1 pesos no forman una cuadrícula de %2 x %3</translation>
    </message>
    <message>
        <source>%1: not an image (unknown content type, %2 bytes)</source>
        <translation>%1: no es una imagen (tipo de contenido desconocido, %2 bytes)</translation>
    </message>
    <message>
        <source>%1: unreadable %2 header</source>
        <translation>%1: encabezado %2 ilegible</translation>
    </message>
    <message>
        <source>%1: image of %2x%3 pixels exceeds the limit of %4 megapixels</source>
        <translation>%1: la imagen de %2x%3 píxeles supera el límite de %4 megapíxeles</translation>
    </message>
    <message>
        <source>%1: truncated %2 file</source>
        <translation>%1: archivo %2 truncado</translation>
    </message>
    <message>
        <source>%1: cannot decode image: %2</source>
        <translation>%1: no se puede decodificar la imagen: %2</translation>
    </message>
    <message>
        <source>%1: decoded size %2x%3 disagrees with header %4x%5</source>
        <translation>%1: el tamaño decodificado %2x%3 no coincide con el del encabezado %4x%5</translation>
    </message>
    <message>
        <source>cannot prepare an empty image for the network</source>
        <translation>no se puede preparar una imagen vacía para la red</translation>
    </message>
    <message>
        <source>network input size %1x%2 is not positive</source>
        <translation>el tamaño de entrada de la red %1x%2 no es positivo</translation>
    </message>
    <message>
        <source>unknown import format &apos;%1&apos;</source>
        <translation type="vanished">formato de importación desconocido &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: no importer recognises this file or folder</source>
        <translation type="vanished">%1: ningún importador reconoce este archivo o carpeta</translation>
    </message>
    <message>
        <source>Tesseract: cannot load language data &apos;%1&apos;</source>
        <translation>Tesseract: no se pueden cargar los datos del idioma &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Tesseract: cannot load language data &apos;%1&apos; from %2</source>
        <translation>Tesseract: no se pueden cargar los datos del idioma &apos;%1&apos; desde %2</translation>
    </message>
    <message>
        <source>OCR: empty image</source>
        <translation>OCR: imagen vacía</translation>
    </message>
    <message>
        <source>%1: cannot write the sample photo</source>
        <translation>%1: no se puede escribir la foto de ejemplo</translation>
    </message>
    <message>
        <source>sample item telegram/%1 was not imported</source>
        <translation>el elemento de ejemplo telegram/%1 no se importó</translation>
    </message>
    <message>
        <source>%1: cannot write the sample export</source>
        <translation>%1: no se puede escribir la exportación de ejemplo</translation>
    </message>
    <message>
        <source>%1: cannot write the sample image</source>
        <translation>%1: no se puede escribir la imagen de ejemplo</translation>
    </message>
    <message>
        <source>sample %1: %2</source>
        <translation>ejemplo %1: %2</translation>
    </message>
    <message>
        <source>building the sample project was cancelled</source>
        <translation>se canceló la creación del proyecto de ejemplo</translation>
    </message>
    <message>
        <source>cannot create a temporary folder for the sample data: %1</source>
        <translation>no se puede crear una carpeta temporal para los datos de ejemplo: %1</translation>
    </message>
    <message>
        <source>cannot create the sample project &apos;%1&apos;: the file exists</source>
        <translation>no se puede crear el proyecto de ejemplo &apos;%1&apos;: el archivo ya existe</translation>
    </message>
    <message>
        <source>cannot open project &apos;%1&apos;: %2</source>
        <translation>no se puede abrir el proyecto &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cannot switch project &apos;%1&apos; to WAL journal (got &apos;%2&apos;)</source>
        <translation>no se puede cambiar el proyecto &apos;%1&apos; al modo de diario WAL (se obtuvo &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>project &apos;%1&apos;: the SQL driver gives no SQLite handle (got &apos;%2&apos;), cannot count in the background</source>
        <translation>proyecto &apos;%1&apos;: el controlador SQL no proporciona un identificador de SQLite (se obtuvo &apos;%2&apos;); no se puede contar en segundo plano</translation>
    </message>
    <message>
        <source>image map of item %1: %2 weights do not form a %3 x %4 grid</source>
        <translation>mapa de imagen del elemento %1: %2 pesos no forman una cuadrícula de %3 x %4</translation>
    </message>
    <message>
        <source>%1: image map of item %2 is damaged</source>
        <translation>%1: el mapa de imagen del elemento %2 está dañado</translation>
    </message>
    <message>
        <source>no migration to schema version %1</source>
        <translation>no hay migración a la versión %1 del esquema</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database but not a Candor project (no meta table)</source>
        <translation>&apos;%1&apos; es una base de datos SQLite, pero no un proyecto de Candor (no tiene tabla meta)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no valid schema version</source>
        <translation>&apos;%1&apos; no tiene una versión de esquema válida</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer Candor (schema %2; this build reads up to %3)</source>
        <translation>&apos;%1&apos; lo escribió una versión más reciente de Candor (esquema %2; esta compilación lee hasta el %3)</translation>
    </message>
    <message>
        <source>cannot create project &apos;%1&apos;: the file exists</source>
        <translation>no se puede crear el proyecto &apos;%1&apos;: el archivo ya existe</translation>
    </message>
    <message>
        <source>project &apos;%1&apos; does not exist</source>
        <translation>el proyecto &apos;%1&apos; no existe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is empty, not a Candor project</source>
        <translation>&apos;%1&apos; está vacío, no es un proyecto de Candor</translation>
    </message>
    <message>
        <source>item without source or id cannot be stored</source>
        <translation>no se puede guardar un elemento sin fuente o sin id</translation>
    </message>
    <message>
        <source>the project has no label schema &apos;%1&apos;</source>
        <translation>el proyecto no tiene el esquema de etiquetas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown label &apos;%1&apos; in schema &apos;%2&apos;</source>
        <translation>etiqueta desconocida &apos;%1&apos; en el esquema &apos;%2&apos;</translation>
    </message>
    <message>
        <source>span annotation needs both start and end</source>
        <translation>una anotación de fragmento necesita inicio y fin</translation>
    </message>
    <message>
        <source>invalid span [%1, %2)</source>
        <translation>fragmento no válido [%1, %2)</translation>
    </message>
    <message>
        <source>a model annotation needs its model version</source>
        <translation>una anotación del modelo necesita su versión del modelo</translation>
    </message>
    <message>
        <source>annotation %1 does not exist</source>
        <translation>la anotación %1 no existe</translation>
    </message>
    <message>
        <source>media %1 does not exist</source>
        <translation>el archivo multimedia %1 no existe</translation>
    </message>
    <message>
        <source>model version %1 does not exist</source>
        <translation>la versión del modelo %1 no existe</translation>
    </message>
    <message>
        <source>model version %1 has no file &apos;%2&apos;</source>
        <translation>la versión del modelo %1 no tiene el archivo &apos;%2&apos;</translation>
    </message>
    <message>
        <source>database %1 failed: %2 (SQL: %3)</source>
        <translation type="vanished">falló la operación %1 de la base de datos: %2 (SQL: %3)</translation>
    </message>
    <message>
        <source>image features of %1: %2</source>
        <translation>características de imagen de %1: %2</translation>
    </message>
    <message>
        <source>%1: model version %2 covers language &apos;%3&apos; only, not &apos;%4&apos;</source>
        <translation>%1: la versión del modelo %2 solo cubre el idioma &apos;%3&apos;, no &apos;%4&apos;</translation>
    </message>
    <message>
        <source>%1: task &apos;%2&apos; has no labelled items in split &apos;%3&apos;</source>
        <translation>%1: la tarea &apos;%2&apos; no tiene elementos etiquetados en la partición &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: no labelled thread items in split &apos;%2&apos;</source>
        <translation>%1: no hay hilos etiquetados en la partición &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: thread evaluation failed: %2</source>
        <translation type="vanished">%1: falló la evaluación de hilos: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the feature cache folder</source>
        <translation>%1: no se puede crear la carpeta de caché de características</translation>
    </message>
    <message>
        <source>media %1</source>
        <translation>archivo multimedia %1</translation>
    </message>
    <message>
        <source>%1: no memes with images in split &apos;%2&apos;</source>
        <translation>%1: no hay memes con imagen en la partición &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: task &apos;%2&apos; needs memes with images in split(s) %3; found %4</source>
        <translation>%1: la tarea &apos;%2&apos; necesita memes con imagen en las particiones indicadas (%3); se encontraron %4</translation>
    </message>
    <message>
        <source>%1: training the meme model failed: %2</source>
        <translation type="vanished">%1: falló el entrenamiento del modelo de memes: %2</translation>
    </message>
    <message>
        <source>%1: model version %2 is text-only: it has no image map</source>
        <translation>%1: la versión del modelo %2 es solo de texto: no tiene mapa de imagen</translation>
    </message>
    <message>
        <source>%1: item %2 is not a meme with an image</source>
        <translation>%1: el elemento %2 no es un meme con imagen</translation>
    </message>
    <message>
        <source>unknown technique &apos;%1&apos; (persuasion-22: %2)</source>
        <translation>técnica desconocida &apos;%1&apos; (persuasion-22: %2)</translation>
    </message>
    <message>
        <source>%1: model version %2 is not a %3 model</source>
        <translation>%1: la versión del modelo %2 no es un modelo %3</translation>
    </message>
    <message>
        <source>%1: no trained %2 model (run candor-cli train --task %2 first)</source>
        <translation>%1: no hay ningún modelo %2 entrenado (antes hay que ejecutar candor-cli train --task %2)</translation>
    </message>
    <message>
        <source>%1: no trained %2 model of variant %3 (run candor-cli train --task %2 first)</source>
        <translation>%1: no hay ningún modelo %2 entrenado de la variante %3 (antes hay que ejecutar candor-cli train --task %2)</translation>
    </message>
    <message>
        <source>%1: model version %2: %3</source>
        <translation>%1: versión del modelo %2: %3</translation>
    </message>
    <message>
        <source>item %1 (media %2)</source>
        <translation>elemento %1 (archivo multimedia %2)</translation>
    </message>
    <message>
        <source>the model returned %1 predictions for %2 texts</source>
        <translation type="vanished">el modelo devolvió %1 predicciones para %2 textos</translation>
    </message>
    <message>
        <source>%1: prediction with model version %2 failed: %3</source>
        <translation type="vanished">%1: falló la predicción con la versión del modelo %2: %3</translation>
    </message>
    <message>
        <source>%1: thread prediction failed: %2</source>
        <translation type="vanished">%1: falló la predicción de hilos: %2</translation>
    </message>
    <message>
        <source>%1: training failed: %2</source>
        <translation type="vanished">%1: falló el entrenamiento: %2</translation>
    </message>
    <message>
        <source>%1: no model version for task &apos;%2&apos; (train one first)</source>
        <translation>%1: no hay ninguna versión del modelo para la tarea &apos;%2&apos; (antes hay que entrenar una)</translation>
    </message>
    <message>
        <source>%1: model version %2 does not exist or is not a &apos;%3&apos; model</source>
        <translation>%1: la versión del modelo %2 no existe o no es un modelo &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1: model version %2 lists no model files</source>
        <translation>%1: la versión del modelo %2 no incluye ningún archivo de modelo</translation>
    </message>
    <message>
        <source>%1: cannot load model version %2: %3</source>
        <translation>%1: no se puede cargar la versión del modelo %2: %3</translation>
    </message>
    <message>
        <source>unknown text task &apos;%1&apos; (use %2)</source>
        <translation type="vanished">tarea de texto desconocida &apos;%1&apos; (valores válidos: %2)</translation>
    </message>
    <message>
        <source>unknown language &apos;%1&apos; (use en, es or all)</source>
        <translation>idioma desconocido &apos;%1&apos; (valores válidos: en, es o all)</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>un entero</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a non-negative integer</source>
        <translation>un entero no negativo</translation>
    </message>
    <message>
        <source>&quot;chronological&quot; or &quot;branches&quot;</source>
        <translation>&quot;chronological&quot; o &quot;branches&quot;</translation>
    </message>
    <message>
        <source>&quot;both&quot;, &quot;stance&quot; or &quot;veracity&quot;</source>
        <translation>&quot;both&quot;, &quot;stance&quot; o &quot;veracity&quot;</translation>
    </message>
    <message>
        <source>thread training config: unknown key &quot;%1&quot;</source>
        <translation>configuración de entrenamiento de hilos: clave desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>thread training config: &quot;%1&quot; must be %2</source>
        <translation>configuración de entrenamiento de hilos: &quot;%1&quot; debe ser %2</translation>
    </message>
    <message>
        <source>%1: post %2 of item %3 refers to missing media %4</source>
        <translation>%1: la publicación %2 del elemento %3 remite al archivo multimedia %4, que no existe</translation>
    </message>
    <message>
        <source>post %1 of item %2 (media %3)</source>
        <translation>publicación %1 del elemento %2 (archivo multimedia %3)</translation>
    </message>
    <message>
        <source>training config: &apos;%1&apos; must be %2</source>
        <translation>configuración de entrenamiento: &apos;%1&apos; debe ser %2</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>the path of a sentencepiece .model file</source>
        <translation>la ruta de un archivo .model de sentencepiece</translation>
    </message>
    <message>
        <source>training config: cannot read tokenizer &apos;%1&apos;: %2</source>
        <translation>configuración de entrenamiento: no se puede leer el tokenizador &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>training config: unknown key &apos;%1&apos;</source>
        <translation>configuración de entrenamiento: clave desconocida &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1: task &apos;%2&apos; (language %3)</source>
        <translation>%1: tarea &apos;%2&apos; (idioma %3)</translation>
    </message>
    <message>
        <source>%1: task &apos;%2&apos;</source>
        <translation>%1: tarea &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 has no labelled items in split(s) %2</source>
        <translation>%1 no tiene elementos etiquetados en las particiones indicadas (%2)</translation>
    </message>
    <message>
        <source>%1 has no labelled items in dev split &apos;%2&apos; (name one with --dev-split)</source>
        <translation>%1 no tiene elementos etiquetados en la partición de validación &apos;%2&apos; (se puede indicar otra con --dev-split)</translation>
    </message>
    <message>
        <source>%1 has no labelled thread items in split(s) %2 (import RumourEval first)</source>
        <translation>%1 no tiene hilos etiquetados en las particiones indicadas (%2; antes hay que importar RumourEval)</translation>
    </message>
    <message>
        <source>%1: cannot load thread model version %2: %3</source>
        <translation type="vanished">%1: no se puede cargar la versión %2 del modelo de hilos: %3</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>elemento %1</translation>
    </message>
    <message>
        <source>%1: prediction with model version %2 failed</source>
        <translation>%1: falló la predicción con la versión del modelo %2</translation>
    </message>
    <message>
        <source>meme training config: &apos;%1&apos; must be a number</source>
        <translation type="vanished">configuración de entrenamiento de memes: &apos;%1&apos; debe ser un número</translation>
    </message>
    <message>
        <source>meme training config: unknown key &apos;%1&apos; (known: %2)</source>
        <translation type="vanished">configuración de entrenamiento de memes: clave desconocida &apos;%1&apos; (conocidas: %2)</translation>
    </message>
    <message>
        <source>meme training config: unknown variant &apos;%1&apos; (text, image, fused or gated)</source>
        <translation type="vanished">configuración de entrenamiento de memes: variante desconocida &apos;%1&apos; (text, image, fused o gated)</translation>
    </message>
    <message>
        <source>%1: training the meme model failed</source>
        <translation>%1: falló el entrenamiento del modelo de memes</translation>
    </message>
    <message>
        <source>unknown task &apos;%1&apos; (use %2)</source>
        <translation type="vanished">tarea desconocida &apos;%1&apos; (usar %2)</translation>
    </message>
    <message>
        <source>task &apos;%1&apos; has no variant &apos;%2&apos; (use %3)</source>
        <translation>la tarea &apos;%1&apos; no tiene la variante &apos;%2&apos; (usar %3)</translation>
    </message>
    <message>
        <source>%1: model version %2 returned %3 predictions for %4 texts</source>
        <translation>%1: la versión del modelo %2 devolvió %3 predicciones para %4 textos</translation>
    </message>
    <message>
        <source>%1: training failed</source>
        <translation>%1: falló el entrenamiento</translation>
    </message>
    <message>
        <source>%1: thread evaluation failed</source>
        <translation>%1: falló la evaluación de hilos</translation>
    </message>
    <message>
        <source>%1: thread prediction failed</source>
        <translation>%1: falló la predicción de hilos</translation>
    </message>
    <message>
        <source>%1: scoring the dev split failed</source>
        <translation>%1: falló la evaluación de la partición de validación</translation>
    </message>
    <message>
        <source>a bare value longer than %1 bytes</source>
        <translation>un valor suelto de más de %1 bytes</translation>
    </message>
    <message>
        <source>a member name longer than %1 bytes</source>
        <translation>un nombre de miembro de más de %1 bytes</translation>
    </message>
    <message>
        <source>expected a JSON object with a member &quot;%1&quot;</source>
        <translation>se esperaba un objeto JSON con un miembro &quot;%1&quot;</translation>
    </message>
    <message>
        <source>no member &quot;%1&quot; in the object</source>
        <translation>el objeto no tiene el miembro &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: record #%2: longer than the limit of %3 bytes</source>
        <translation>%1: registro n.º %2: supera el límite de %3 bytes</translation>
    </message>
    <message>
        <source>%1: record #%2: nested deeper than the limit of %3</source>
        <translation>%1: registro n.º %2: anidado a más profundidad que el límite de %3</translation>
    </message>
    <message>
        <source>internal: leaving an element that was not entered or not read to its end</source>
        <translation>error interno: se sale de un elemento en el que no se entró o que no se leyó hasta el final</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; after the array</source>
        <translation>se esperaba &apos;,&apos; o &apos;}&apos; después del array</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: the number %2 is beyond 2^53 and cannot be kept exactly; write the id as a string</source>
        <translation>campo &apos;%1&apos;: el número %2 supera 2^53 y no puede conservarse exactamente; escribe el identificador como cadena</translation>
    </message>
    <message>
        <source>JSON nested %1 levels deep, deeper than the limit of %2</source>
        <translation>JSON anidado %1 niveles, más que el límite de %2</translation>
    </message>
    <message>
        <source>%1 holds a NUL character at position %2</source>
        <translation>%1 contiene un carácter NUL en la posición %2</translation>
    </message>
    <message>
        <source>file name &apos;%1&apos; holds a NUL character</source>
        <translation>el nombre de archivo &apos;%1&apos; contiene un carácter NUL</translation>
    </message>
    <message>
        <source>%1: not a regular file (a folder, FIFO, socket or device is never read)</source>
        <translation>%1: no es un archivo normal (nunca se lee una carpeta, FIFO, socket ni dispositivo)</translation>
    </message>
    <message>
        <source>%1: file is larger than the limit of %2 bytes</source>
        <translation>%1: el archivo supera el límite de %2 bytes</translation>
    </message>
    <message>
        <source>%1: the folder holds more than %2 entries, the limit</source>
        <translation>%1: la carpeta contiene más de %2 entradas, el límite</translation>
    </message>
    <message>
        <source>%1: not a regular file or folder</source>
        <translation>%1: no es un archivo normal ni una carpeta</translation>
    </message>
    <message>
        <source>%1: deeper than %2 folders, not searched</source>
        <translation>%1: a más de %2 carpetas de profundidad; no se busca</translation>
    </message>
    <message>
        <source>%1: no importer recognises it</source>
        <translation>%1: ningún importador lo reconoce</translation>
    </message>
    <message>
        <source>unknown import format &apos;%1&apos; (one of: %2)</source>
        <translation>formato de importación desconocido &apos;%1&apos; (uno de: %2)</translation>
    </message>
    <message>
        <source>%1: no importer recognises this file or folder (known formats: %2)</source>
        <translation>%1: ningún importador reconoce este archivo o carpeta (formatos conocidos: %2)</translation>
    </message>
    <message>
        <source>post_id %1 appears twice in this file</source>
        <translation>post_id %1 aparece dos veces en este archivo</translation>
    </message>
    <message>
        <source>id %1 appears twice in this file</source>
        <translation>el identificador %1 aparece dos veces en este archivo</translation>
    </message>
    <message>
        <source>annotation.json: field &apos;%1&apos; is neither 0 nor 1</source>
        <translation>annotation.json: el campo &apos;%1&apos; no es ni 0 ni 1</translation>
    </message>
    <message>
        <source>annotation.json: is_rumour &apos;%1&apos; is neither rumour nor nonrumour</source>
        <translation>annotation.json: is_rumour &apos;%1&apos; no es ni rumour ni nonrumour</translation>
    </message>
    <message>
        <source>annotation.json: field &apos;is_rumour&apos; is not a string</source>
        <translation>annotation.json: el campo &apos;is_rumour&apos; no es una cadena</translation>
    </message>
    <message>
        <source>%1: no PHEME thread folders (&lt;thread id&gt;/source-tweets/) here</source>
        <translation>%1: aquí no hay carpetas de hilos de PHEME (&lt;thread id&gt;/source-tweets/)</translation>
    </message>
    <message>
        <source>%1/%2: expected one tweet file, found %3</source>
        <translation>%1/%2: se esperaba un archivo de tuit y hay %3</translation>
    </message>
    <message>
        <source>tweet id %1 appears twice: %2 and %3</source>
        <translation>el tuit %1 aparece dos veces: %2 y %3</translation>
    </message>
    <message>
        <source>more than %1 fields, the limit</source>
        <translation>más de %1 campos, el límite</translation>
    </message>
    <message>
        <source>record longer than %1 bytes inside a quoted field</source>
        <translation>registro de más de %1 bytes dentro de un campo entre comillas</translation>
    </message>
    <message>
        <source>unexpected character after a closing quote (quote the whole field, doubling inner quotes)</source>
        <translation>carácter inesperado tras una comilla de cierre (pon todo el campo entre comillas y duplica las comillas interiores)</translation>
    </message>
    <message>
        <source>quote inside an unquoted field (quote the whole field, doubling inner quotes)</source>
        <translation>comilla dentro de un campo sin comillas (pon todo el campo entre comillas y duplica las comillas interiores)</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; is not an ISO 8601 time in the years %3-%4</source>
        <translation>campo &apos;%1&apos;: &apos;%2&apos; no es una hora ISO 8601 entre los años %3 y %4</translation>
    </message>
    <message>
        <source>field &apos;image&apos;</source>
        <translation>campo &apos;image&apos;</translation>
    </message>
    <message>
        <source>fields &apos;source&apos; and &apos;id&apos; must not be empty</source>
        <translation>los campos &apos;source&apos; e &apos;id&apos; no pueden estar vacíos</translation>
    </message>
    <message>
        <source>field &apos;posts&apos; must be an array</source>
        <translation>el campo &apos;posts&apos; debe ser un array</translation>
    </message>
    <message>
        <source>a post</source>
        <translation>una publicación</translation>
    </message>
    <message>
        <source>post id %1 appears twice</source>
        <translation>la publicación %1 aparece dos veces</translation>
    </message>
    <message>
        <source>post %1 is not among the item&apos;s posts</source>
        <translation>la publicación %1 no está entre las publicaciones del elemento</translation>
    </message>
    <message>
        <source>%1: column &apos;%2&apos; appears twice in the header</source>
        <translation>%1: la columna &apos;%2&apos; aparece dos veces en el encabezado</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; must be a string or a number, not %2</source>
        <translation>el campo &apos;%1&apos; debe ser una cadena o un número, no %2</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: %2 seconds since 1970 is outside the years %3-%4</source>
        <translation>campo &apos;%1&apos;: %2 segundos desde 1970 queda fuera de los años %3 a %4</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: &apos;%2&apos; is outside the years %3-%4</source>
        <translation>campo &apos;%1&apos;: &apos;%2&apos; queda fuera de los años %3 a %4</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; (the thread id) is missing or empty</source>
        <translation>falta el campo &apos;%1&apos; (el identificador del hilo) o está vacío</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; (the post id) is empty</source>
        <translation>el campo &apos;%1&apos; (el identificador de la publicación) está vacío</translation>
    </message>
    <message>
        <source>post %1 of thread %2 appears twice</source>
        <translation>la publicación %1 del hilo %2 aparece dos veces</translation>
    </message>
    <message>
        <source>line of %1 bytes is longer than the limit of %2</source>
        <translation>una línea de %1 bytes supera el límite de %2</translation>
    </message>
    <message>
        <source>root message %1 was not stored</source>
        <translation>el mensaje raíz %1 no se guardó</translation>
    </message>
    <message>
        <source>field &apos;%1_unixtime&apos; (%2) is outside the years %3-%4</source>
        <translation>el campo &apos;%1_unixtime&apos; (%2) queda fuera de los años %3 a %4</translation>
    </message>
    <message>
        <source>field &apos;from&apos;</source>
        <translation>campo &apos;from&apos;</translation>
    </message>
    <message>
        <source>damaged JPEG data: %1</source>
        <translation>datos JPEG dañados: %1</translation>
    </message>
    <message>
        <source>cannot decode JPEG: %1</source>
        <translation>no se puede decodificar el JPEG: %1</translation>
    </message>
    <message>
        <source>%1: model version %2 (%3): file &apos;%4&apos; is damaged: its SHA-256 is %5, %6 was recorded when the model was registered. Train the model again or restore the project from a backup.</source>
        <translation>%1: versión del modelo %2 (%3): el archivo &apos;%4&apos; está dañado: su SHA-256 es %5 y al registrar el modelo se anotó %6. Vuelve a entrenar el modelo o restaura el proyecto desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>project &apos;%1&apos; is locked: another Candor window or candor-cli has been writing to it for more than %2 s. Try again when that work has finished (%3).</source>
        <translation>el proyecto &apos;%1&apos; está bloqueado: otra ventana de Candor o candor-cli lleva más de %2 s escribiendo en él. Inténtalo de nuevo cuando termine ese trabajo (%3).</translation>
    </message>
    <message>
        <source>project &apos;%1&apos;: database %2 failed: %3 (SQL: %4)</source>
        <translation>proyecto &apos;%1&apos;: falló %2 en la base de datos: %3 (SQL: %4)</translation>
    </message>
    <message>
        <source>one of text, image, fused, gated</source>
        <translation>uno de text, image, fused, gated</translation>
    </message>
    <message>
        <source>%1: the file name does not say rumour or non-rumour (expected a name such as train_rumor.txt or test_nonrumor.txt)</source>
        <translation>%1: el nombre del archivo no dice si es rumor o no (se esperaba un nombre como train_rumor.txt o test_nonrumor.txt)</translation>
    </message>
    <message>
        <source>the metadata line</source>
        <translation>la línea de metadatos</translation>
    </message>
    <message>
        <source>post %1 appears twice in this file (first at line %2)</source>
        <translation>la publicación %1 aparece dos veces en este archivo (la primera en la línea %2)</translation>
    </message>
    <message>
        <source>post %1 was read from %2 already</source>
        <translation>la publicación %1 ya se leyó de %2</translation>
    </message>
    <message>
        <source>the image-URL line</source>
        <translation>la línea de URL de imágenes</translation>
    </message>
    <message>
        <source>the text line</source>
        <translation>la línea de texto</translation>
    </message>
    <message>
        <source>empty text and no image: the post has nothing to verify</source>
        <translation>texto vacío y sin imagen: la publicación no tiene nada que verificar</translation>
    </message>
    <message>
        <source>empty text and no usable image: the post has nothing to verify</source>
        <translation>texto vacío y sin imagen utilizable: la publicación no tiene nada que verificar</translation>
    </message>
    <message>
        <source>%1: no Weibo posts file (*_rumor.txt or *_nonrumor.txt starting with a post&apos;s metadata line) in the folder or its tweets/ sub-folder</source>
        <translation>%1: no hay ningún archivo de publicaciones de Weibo (*_rumor.txt o *_nonrumor.txt que empiece con la línea de metadatos de una publicación) en la carpeta ni en su subcarpeta tweets/</translation>
    </message>
    <message>
        <source>not the first line of a post (%1 fields separated by &apos;|&apos;, the post id first); skipped up to the next post</source>
        <translation>no es la primera línea de una publicación (%1 campos separados por &apos;|&apos;, primero el identificador); se omite hasta la siguiente publicación</translation>
    </message>
    <message>
        <source>the file ends after the post&apos;s first line: its image-URL and text lines are missing</source>
        <translation>el archivo termina tras la primera línea de la publicación: faltan su línea de URL de imágenes y su línea de texto</translation>
    </message>
    <message>
        <source>the file ends after the post&apos;s image-URL line: its text line is missing</source>
        <translation>el archivo termina tras la línea de URL de imágenes de la publicación: falta su línea de texto</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>line %1 starts the next post: this one has only %2 of its 3 lines</source>
        <translation>la línea %1 empieza la siguiente publicación: esta solo tiene %2 de sus 3 líneas</translation>
    </message>
    <message>
        <source>the metadata line has %1 fields separated by &apos;|&apos; where the format has %2</source>
        <translation>la línea de metadatos tiene %1 campos separados por &apos;|&apos; y el formato tiene %2</translation>
    </message>
    <message>
        <source>post id &apos;%1&apos; is not a number of at most %2 digits</source>
        <translation>el identificador de publicación &apos;%1&apos; no es un número de %2 cifras como máximo</translation>
    </message>
    <message>
        <source>image URL &apos;%1&apos; names no file (its last part is &apos;%2&apos;)</source>
        <translation>la URL de imagen &apos;%1&apos; no nombra ningún archivo (su última parte es &apos;%2&apos;)</translation>
    </message>
    <message>
        <source>image URL &apos;%1&apos; names no plain file: its last part holds a path separator or NUL</source>
        <translation>la URL de imagen &apos;%1&apos; no nombra un archivo normal: su última parte contiene un separador de ruta o NUL</translation>
    </message>
    <message>
        <source>%1: the report was cancelled</source>
        <translation>%1: se canceló el informe</translation>
    </message>
    <message>
        <source>cannot start the PDF document</source>
        <translation>no se puede iniciar el documento PDF</translation>
    </message>
    <message>
        <source>cannot finish the PDF document</source>
        <translation>no se puede terminar el documento PDF</translation>
    </message>
    <message>
        <source>%1: cannot write the report: %2</source>
        <translation>%1: no se puede escribir el informe: %2</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 páginas</translation>
    </message>
    <message>
        <source>%1: model version %2 of %3 is no better than always giving the same answer (%4); it proposes nothing unless asked to anyway (candor-cli predict --anyway, or confirm in the window)</source>
        <translation>%1: la versión de modelo %2 de %3 no es mejor que dar siempre la misma respuesta (%4); no propone nada salvo que se pida de todos modos (candor-cli predict --anyway, o confirmándolo en la ventana)</translation>
    </message>
    <message>
        <source>unknown agreement task &apos;%1&apos; (use %2)</source>
        <translation>tarea de acuerdo desconocida &apos;%1&apos; (use %2)</translation>
    </message>
    <message>
        <source>cannot hash an empty image</source>
        <translation>no se puede calcular el hash de una imagen vacía</translation>
    </message>
    <message>
        <source>cannot hash the image: %1</source>
        <translation>no se puede calcular el hash de la imagen: %1</translation>
    </message>
    <message>
        <source>the image distance must be between 0 and 7 bits (it is %1): the index finds every image within 7 bits and guarantees nothing farther</source>
        <translation>la distancia de imagen debe estar entre 0 y 7 bits (es %1): el índice encuentra toda imagen a 7 bits o menos y no garantiza nada más lejos</translation>
    </message>
    <message>
        <source>the text similarity must be above 0 and at most 1 (it is %1)</source>
        <translation>la similitud de texto debe ser mayor que 0 y como mucho 1 (es %1)</translation>
    </message>
    <message>
        <source>project &apos;%1&apos; has no item %2</source>
        <translation>el proyecto &apos;%1&apos; no tiene el elemento %2</translation>
    </message>
    <message>
        <source>project &apos;%1&apos;: the fact check of item %2 has an unknown rating &apos;%3&apos;</source>
        <translation>proyecto &apos;%1&apos;: la verificación del elemento %2 tiene una calificación desconocida &apos;%3&apos;</translation>
    </message>
    <message>
        <source>project &apos;%1&apos;, item %2: the fact check was not saved. %3</source>
        <translation>proyecto &apos;%1&apos;, elemento %2: la verificación no se guardó. %3</translation>
    </message>
    <message>
        <source>project &apos;%1&apos; has no item %2: the fact check was not saved</source>
        <translation>el proyecto &apos;%1&apos; no tiene el elemento %2: la verificación no se guardó</translation>
    </message>
    <message>
        <source>the image distance must be between 0 and 7 bits (it is %1)</source>
        <translation>la distancia de imagen debe estar entre 0 y 7 bits (es %1)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no existe el archivo</translation>
    </message>
    <message>
        <source>%1: cannot open (%2)</source>
        <translation>%1: no se puede abrir (%2)</translation>
    </message>
    <message>
        <source>%1: not a Candor project</source>
        <translation>%1: no es un proyecto de Candor</translation>
    </message>
    <message>
        <source>%1: not a Candor project (empty database)</source>
        <translation>%1: no es un proyecto de Candor (base de datos vacía)</translation>
    </message>
    <message>
        <source>%1 was written by a newer Candor (schema %2; this build reads up to %3): open it with that version or merge the other way round</source>
        <translation>%1 lo escribió una versión más reciente de Candor (esquema %2; esta compilación lee hasta el %3): ábralo con esa versión o fusione en el sentido contrario</translation>
    </message>
    <message>
        <source>%1: a project cannot be merged into itself</source>
        <translation>%1: un proyecto no se puede fusionar consigo mismo</translation>
    </message>
    <message>
        <source>the merge was cancelled; nothing was written</source>
        <translation>fusión cancelada; no se escribió nada</translation>
    </message>
    <message>
        <source>%1: item %2 has post %3, which the target&apos;s copy of the item lacks</source>
        <translation>%1: el elemento %2 tiene la publicación %3, que falta en la copia del elemento del proyecto de destino</translation>
    </message>
    <message>
        <source>%1: item %2: %3</source>
        <translation>%1: elemento %2: %3</translation>
    </message>
    <message>
        <source>%1 shares no annotated item with %2: it is not a copy of the same project</source>
        <translation>%1 no comparte ningún elemento anotado con %2: no es una copia del mismo proyecto</translation>
    </message>
    <message>
        <source>%1: cross-validating the meme model failed</source>
        <translation>%1: falló la validación cruzada del modelo de memes</translation>
    </message>
    <message>
        <source>%1: cannot write the training bundle: %2</source>
        <translation>%1: no se puede escribir el paquete de entrenamiento: %2</translation>
    </message>
    <message>
        <source>cannot import the model bundle: %1</source>
        <translation>no se puede importar el paquete del modelo: %1</translation>
    </message>
    <message>
        <source>%1: the model bundle&apos;s labels are not those of task &apos;%2&apos; in this project</source>
        <translation>%1: las etiquetas del paquete del modelo no son las de la tarea &apos;%2&apos; en este proyecto</translation>
    </message>
    <message>
        <source>%1: the project&apos;s training examples of task &apos;%2&apos; are no longer those the model was trained on (labels or items changed since the export); export and train again</source>
        <translation>%1: los ejemplos de entrenamiento de la tarea &apos;%2&apos; en el proyecto ya no son aquellos con los que se entrenó el modelo (etiquetas o elementos cambiaron desde la exportación); exporte y entrene de nuevo</translation>
    </message>
    <message>
        <source>%1: the project&apos;s dev examples of task &apos;%2&apos; are no longer those the model was scored on; export and train again</source>
        <translation>%1: los ejemplos de validación (dev) de la tarea &apos;%2&apos; en el proyecto ya no son aquellos con los que se evaluó el modelo; exporte y entrene de nuevo</translation>
    </message>
    <message>
        <source>%1: the model bundle&apos;s files</source>
        <translation>%1: los archivos del paquete del modelo</translation>
    </message>
    <message>
        <source>%1 ran out of memory with the batch limit at %2: lower it (Edit &gt; Preferences…, --batch-limit) or compute on the CPU</source>
        <translation>%1 se quedó sin memoria con el límite de lote en %2: redúzcalo (Editar &gt; Preferencias…, --batch-limit) o calcule en la CPU</translation>
    </message>
    <message>
        <source>%1 ran out of memory: set a batch limit (Edit &gt; Preferences…, --batch-limit) or compute on the CPU</source>
        <translation>%1 se quedó sin memoria: fije un límite de lote (Editar &gt; Preferencias…, --batch-limit) o calcule en la CPU</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>%1: no PNG, JPEG or WebP image, or a folder that holds other files besides images</source>
        <translation>%1: no hay ninguna imagen PNG, JPEG o WebP, o es una carpeta que contiene otros archivos además de imágenes</translation>
    </message>
    <message>
        <source>not a PNG, JPEG or WebP image (whatever its name says)</source>
        <translation>no es una imagen PNG, JPEG ni WebP (diga lo que diga su nombre)</translation>
    </message>
    <message>
        <source>%1: exists and is not an empty folder; brat documents go into a new folder</source>
        <translation type="vanished">%1: existe y no es una carpeta vacía; los documentos de brat van a una carpeta nueva</translation>
    </message>
    <message>
        <source>%1: cannot create a folder beside it: %2</source>
        <translation>%1: no se puede crear una carpeta a su lado: %2</translation>
    </message>
    <message>
        <source>%1: cannot replace the empty folder</source>
        <translation>%1: no se puede sustituir la carpeta vacía</translation>
    </message>
    <message>
        <source>%1: cannot move the finished export into place</source>
        <translation>%1: no se puede mover la exportación terminada a su sitio</translation>
    </message>
    <message>
        <source>%1: the text has %2 UTF-16 units, more than the %3 a record may hold</source>
        <translation>%1: el texto tiene %2 unidades UTF-16, más de las %3 que admite un registro</translation>
    </message>
    <message>
        <source>%1: the project has no label schema &apos;%2&apos;</source>
        <translation>%1: el proyecto no tiene el esquema de etiquetas &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: no label schema has any of the types these documents use (%2); name one with --map schema=NAME</source>
        <translation>%1: ningún esquema de etiquetas tiene alguno de los tipos que usan estos documentos (%2); indique uno con --map schema=NOMBRE</translation>
    </message>
    <message>
        <source>%1: no brat document (a .ann file with its .txt beside it)</source>
        <translation>%1: no hay ningún documento de brat (un archivo .ann con su .txt al lado)</translation>
    </message>
    <message>
        <source>the project has no item %1 / %2, which this document was exported from</source>
        <translation type="vanished">el proyecto no tiene el elemento %1 / %2, del que se exportó este documento</translation>
    </message>
    <message>
        <source>the text differs from item %1 / %2&apos;s: its offsets would not fit the item</source>
        <translation>el texto difiere del del elemento %1 / %2: sus posiciones no encajarían en el elemento</translation>
    </message>
    <message>
        <source>%1: not a Candor brat manifest (%2)</source>
        <translation>%1: no es un manifiesto de brat de Candor (%2)</translation>
    </message>
    <message>
        <source>no &quot;format&quot;: &quot;candor-brat&quot;</source>
        <translation>falta &quot;format&quot;: &quot;candor-brat&quot;</translation>
    </message>
    <message>
        <source>%1: document &apos;%2&apos; names no source and external_id</source>
        <translation>%1: el documento &apos;%2&apos; no indica source y external_id</translation>
    </message>
    <message>
        <source>region [%1, %2) is empty or reversed</source>
        <translation>la región [%1, %2) está vacía o invertida</translation>
    </message>
    <message>
        <source>region [%1, %2) ends after the text&apos;s %3 code points</source>
        <translation>la región [%1, %2) termina después de los %3 puntos de código del texto</translation>
    </message>
    <message>
        <source>region [%1, %2) quotes &quot;%3&quot; but the text there is &quot;%4&quot;</source>
        <translation>la región [%1, %2) cita &quot;%3&quot; pero el texto ahí es &quot;%4&quot;</translation>
    </message>
    <message>
        <source>the task</source>
        <translation>la tarea</translation>
    </message>
    <message>
        <source>field &apos;data&apos;</source>
        <translation>campo &apos;data&apos;</translation>
    </message>
    <message>
        <source>field &apos;data.%1&apos;</source>
        <translation>campo &apos;data.%1&apos;</translation>
    </message>
    <message>
        <source>the project has no item %1 / %2, which this task was exported from</source>
        <translation type="vanished">el proyecto no tiene el elemento %1 / %2, del que se exportó esta tarea</translation>
    </message>
    <message>
        <source>the task has no id and its data no &apos;id&apos;</source>
        <translation>la tarea no tiene id y sus datos no tienen &apos;id&apos;</translation>
    </message>
    <message>
        <source>the project has no item %1 / %2, which this was exported from</source>
        <translation>el proyecto no tiene el elemento %1 / %2, del que se exportó esto</translation>
    </message>
    <message>
        <source>%1: exists and is not an empty folder; this export writes a new folder</source>
        <translation>%1: existe y no es una carpeta vacía; esta exportación escribe una carpeta nueva</translation>
    </message>
    <message>
        <source>item %1 has no %2 version in %3 (it has: %4)</source>
        <translation>el elemento %1 no tiene versión %2 en %3 (tiene: %4)</translation>
    </message>
    <message>
        <source>a %1 row cannot settle %2</source>
        <translation>una fila de %1 no puede resolver %2</translation>
    </message>
    <message>
        <source>unknown annotation origin &apos;%1&apos; (use gold, human, curated, model or best)</source>
        <translation>origen de anotación desconocido &apos;%1&apos; (use gold, human, curated, model o best)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the annotations table is not the one Candor created; it cannot take curated rows</source>
        <translation>&apos;%1&apos;: la tabla de anotaciones no es la que creó Candor; no puede admitir filas curadas</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the integrity check after adding the curated origin says: %2</source>
        <translation>&apos;%1&apos;: la comprobación de integridad tras añadir el origen curado dice: %2</translation>
    </message>
    <message>
        <source>unknown schema use &apos;%1&apos; (use items, spans or both)</source>
        <translation>uso de esquema desconocido &apos;%1&apos; (use items, spans o both)</translation>
    </message>
    <message>
        <source>the schema name &apos;%1&apos; must start with a letter or digit and hold at most 64 letters, digits, spaces, dots, dashes or underscores</source>
        <translation>el nombre de esquema &apos;%1&apos; debe empezar por una letra o un dígito y tener como mucho 64 letras, dígitos, espacios, puntos, guiones o guiones bajos</translation>
    </message>
    <message>
        <source>the label has no name</source>
        <translation>la etiqueta no tiene nombre</translation>
    </message>
    <message>
        <source>the name starts or ends with a space or holds a tab or line break (brat and TSV files could not carry it)</source>
        <translation type="vanished">el nombre empieza o termina con un espacio o contiene un tabulador o un salto de línea (los archivos brat y TSV no podrían llevarlo)</translation>
    </message>
    <message>
        <source>the name is also label %1&apos;s (&apos;%2&apos;); names differ in more than case</source>
        <translation>el nombre es también el de la etiqueta %1 (&apos;%2&apos;); los nombres deben diferir en algo más que mayúsculas</translation>
    </message>
    <message>
        <source>the colour is not a colour</source>
        <translation>el color no es un color</translation>
    </message>
    <message>
        <source>the colour %1 is faint on the background %2 (contrast %3:1; span bands need 3:1)</source>
        <translation>el color %1 apenas se ve sobre el fondo %2 (contraste %3:1; las bandas de fragmentos necesitan 3:1)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not one key</source>
        <translation>&apos;%1&apos; no es una sola tecla</translation>
    </message>
    <message>
        <source>the key %1 is also label %2&apos;s (&apos;%3&apos;)</source>
        <translation>la tecla %1 es también la de la etiqueta %2 (&apos;%3&apos;)</translation>
    </message>
    <message>
        <source>the key %1 already does &quot;%2&quot; in the window</source>
        <translation>la tecla %1 ya hace «%2» en la ventana</translation>
    </message>
    <message>
        <source>the schema needs at least one label in use (not retired, not ignored)</source>
        <translation>el esquema necesita al menos una etiqueta en uso (ni retirada ni ignorada)</translation>
    </message>
    <message>
        <source>the colour is hard to tell from label %1&apos;s (&apos;%2&apos;): difference %3, at least 12 reads as two colours</source>
        <translation>el color apenas se distingue del de la etiqueta %1 (&apos;%2&apos;): diferencia %3; a partir de 12 se leen como dos colores</translation>
    </message>
    <message>
        <source>label %1 &apos;%2&apos;: %3</source>
        <translation>etiqueta %1 &apos;%2&apos;: %3</translation>
    </message>
    <message>
        <source>label schema &apos;%1&apos;: %2</source>
        <translation>esquema de etiquetas &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>line %1: the key &apos;%2&apos; appears twice in one object</source>
        <translation>línea %1: la clave &apos;%2&apos; aparece dos veces en un mismo objeto</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not valid Unicode (half a surrogate pair)</source>
        <translation>%1: &apos;%2&apos; no es Unicode válido (medio par sustituto)</translation>
    </message>
    <message>
        <source>%1: unknown field &apos;%2&apos;</source>
        <translation>%1: campo desconocido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be a string</source>
        <translation>%1: &apos;%2&apos; debe ser una cadena</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be true or false</source>
        <translation>%1: &apos;%2&apos; debe ser true o false</translation>
    </message>
    <message>
        <source>%1: a label must be an object with a name</source>
        <translation>%1: una etiqueta debe ser un objeto con nombre</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not a colour (use #rrggbb)</source>
        <translation>%1: &apos;%2&apos; no es un color (use #rrggbb)</translation>
    </message>
    <message>
        <source>%1: not valid JSON at byte %2: %3</source>
        <translation>%1: JSON no válido en el byte %2: %3</translation>
    </message>
    <message>
        <source>%1: a label schema file is one JSON object</source>
        <translation>%1: un archivo de esquema de etiquetas es un objeto JSON</translation>
    </message>
    <message>
        <source>%1: not a Candor label schema (&quot;format&quot; must be &quot;%2&quot;)</source>
        <translation>%1: no es un esquema de etiquetas de Candor («format» debe ser «%2»)</translation>
    </message>
    <message>
        <source>%1: label schema file version %2 is not one this build reads (1)</source>
        <translation>%1: esta compilación no lee la versión %2 de archivo de esquema (lee la 1)</translation>
    </message>
    <message>
        <source>%1: &apos;labels&apos; must be an array of labels</source>
        <translation>%1: &apos;labels&apos; debe ser una lista de etiquetas</translation>
    </message>
    <message>
        <source>%1: label %2</source>
        <translation>%1: etiqueta %2</translation>
    </message>
    <message>
        <source>%1: line %2</source>
        <translation>%1: línea %2</translation>
    </message>
    <message>
        <source>%1: a &lt;%2&gt; without a value</source>
        <translation>%1: un &lt;%2&gt; sin value</translation>
    </message>
    <message>
        <source>%1: not a Label Studio labeling configuration: line %2: %3</source>
        <translation>%1: no es una configuración de etiquetado de Label Studio: línea %2: %3</translation>
    </message>
    <message>
        <source>%1: the labeling configuration has no &lt;Label&gt; or &lt;Choice&gt;</source>
        <translation>%1: la configuración de etiquetado no tiene &lt;Label&gt; ni &lt;Choice&gt;</translation>
    </message>
    <message>
        <source>%1: a Label Studio configuration names no schema; give the name</source>
        <translation>%1: una configuración de Label Studio no nombra ningún esquema; indique el nombre</translation>
    </message>
    <message>
        <source>imported from the Label Studio configuration %1</source>
        <translation>importado de la configuración de Label Studio %1</translation>
    </message>
    <message>
        <source>%1: %2 names no schema; give the name</source>
        <translation>%1: %2 no nombra ningún esquema; indique el nombre</translation>
    </message>
    <message>
        <source>the labels of %1</source>
        <translation>las etiquetas de %1</translation>
    </message>
    <message>
        <source>%1: %2 holds no label</source>
        <translation>%1: %2 no contiene ninguna etiqueta</translation>
    </message>
    <message>
        <source>a Label Studio export</source>
        <translation>una exportación de Label Studio</translation>
    </message>
    <message>
        <source>a brat annotation.conf</source>
        <translation>un annotation.conf de brat</translation>
    </message>
    <message>
        <source>cannot read the label schema &apos;%1&apos;: %2</source>
        <translation>no se puede leer el esquema de etiquetas &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 bytes; a label schema file is at most 4 MiB</source>
        <translation>&apos;%1&apos; ocupa %2 bytes; un archivo de esquema ocupa como mucho 4 MiB</translation>
    </message>
    <message>
        <source>%1: neither a schema file nor a Label Studio export</source>
        <translation>%1: no es ni un archivo de esquema ni una exportación de Label Studio</translation>
    </message>
    <message>
        <source>cannot write the label schema to &apos;%1&apos;: %2</source>
        <translation>no se puede escribir el esquema de etiquetas en &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>the built-in label schema &apos;%1&apos; is read-only; copy it to change it</source>
        <translation>el esquema de etiquetas incorporado &apos;%1&apos; es de solo lectura; cópielo para cambiarlo</translation>
    </message>
    <message>
        <source>label schema &apos;%1&apos;: the label &apos;%2&apos; (id %3) is not one of its labels</source>
        <translation>esquema de etiquetas &apos;%1&apos;: la etiqueta &apos;%2&apos; (id %3) no es una de sus etiquetas</translation>
    </message>
    <message numerus="yes">
        <source>label schema &apos;%1&apos;: the label &apos;%2&apos; is used by %n annotation(s); retire it instead of deleting it</source>
        <translation>
            <numerusform>esquema de etiquetas &apos;%1&apos;: la etiqueta &apos;%2&apos; la usa %n anotación; retírela en lugar de eliminarla</numerusform>
            <numerusform>esquema de etiquetas &apos;%1&apos;: la etiqueta &apos;%2&apos; la usan %n anotaciones; retírela en lugar de eliminarla</numerusform>
        </translation>
    </message>
    <message>
        <source>the built-in label schema &apos;%1&apos; cannot be deleted</source>
        <translation>el esquema de etiquetas incorporado &apos;%1&apos; no se puede eliminar</translation>
    </message>
    <message numerus="yes">
        <source>the label schema &apos;%1&apos; is used by %n annotation(s); retire its labels instead</source>
        <translation>
            <numerusform>el esquema de etiquetas &apos;%1&apos; lo usa %n anotación; retire sus etiquetas en su lugar</numerusform>
            <numerusform>el esquema de etiquetas &apos;%1&apos; lo usan %n anotaciones; retire sus etiquetas en su lugar</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown task &apos;%1&apos; (use %2, or labels:, class: or spans: and a schema&apos;s name)</source>
        <translation>tarea desconocida &apos;%1&apos; (use %2, o labels:, class: o spans: y el nombre de un esquema)</translation>
    </message>
    <message>
        <source>task &apos;%1&apos;: the schema &apos;%2&apos; offers only %3</source>
        <translation>tarea &apos;%1&apos;: el esquema &apos;%2&apos; solo ofrece %3</translation>
    </message>
    <message>
        <source>item labels</source>
        <translation>etiquetas de elemento</translation>
    </message>
    <message>
        <source>spans</source>
        <translation>fragmentos</translation>
    </message>
    <message>
        <source>task &apos;%1&apos;: one class per item needs at least two labels in use</source>
        <translation>tarea &apos;%1&apos;: una clase por elemento necesita al menos dos etiquetas en uso</translation>
    </message>
    <message>
        <source>unknown text task &apos;%1&apos; (use %2, or labels:, class: or spans: and a schema&apos;s name)</source>
        <translation>tarea de texto desconocida &apos;%1&apos; (use %2, o labels:, class: o spans: y el nombre de un esquema)</translation>
    </message>
    <message>
        <source>model version %1 learned the label &apos;%2&apos;, which the schema &apos;%3&apos; no longer has; train a new version</source>
        <translation>la versión de modelo %1 aprendió la etiqueta &apos;%2&apos;, que el esquema &apos;%3&apos; ya no tiene; entrene una versión nueva</translation>
    </message>
    <message>
        <source>the project has a label schema &apos;%1&apos; already</source>
        <translation>el proyecto ya tiene un esquema de etiquetas &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the project has a label schema &apos;%1&apos; already; import it under another name</source>
        <translation>el proyecto ya tiene un esquema de etiquetas &apos;%1&apos;; impórtelo con otro nombre</translation>
    </message>
    <message>
        <source>item %1: the rows to settle give %2 two answers in %3 (%4 and %5); %3 takes one</source>
        <translation>elemento %1: las filas a asentar dan a %2 dos respuestas en %3 (%4 y %5); %3 admite una</translation>
    </message>
    <message>
        <source>post %1</source>
        <translation>publicación %1</translation>
    </message>
    <message>
        <source>the item</source>
        <translation>el elemento</translation>
    </message>
    <message>
        <source>%1: cannot create the image folder</source>
        <translation>%1: no se puede crear la carpeta de imágenes</translation>
    </message>
    <message>
        <source>the image is a data: URI that is not base64</source>
        <translation>la imagen es un URI data: que no está en base64</translation>
    </message>
    <message>
        <source>the image in the data: URI is over %1 MiB</source>
        <translation>la imagen del URI data: supera los %1 MiB</translation>
    </message>
    <message>
        <source>the image&apos;s data: URI is not valid base64</source>
        <translation>el URI data: de la imagen no es base64 válido</translation>
    </message>
    <message>
        <source>the image %1 is on the web; Candor does not download (save it beside the export and name it by a relative path)</source>
        <translation>la imagen %1 está en la web; Candor no descarga (guárdela junto a la exportación y nómbrela con una ruta relativa)</translation>
    </message>
    <message>
        <source>the image %1 was uploaded into Label Studio; export it with the tasks (or use local files storage) to bring it along</source>
        <translation>la imagen %1 se subió a Label Studio; expórtela con las tareas (o use el almacenamiento de archivos locales) para traerla</translation>
    </message>
    <message>
        <source>the name starts or ends with a space or holds a tab, line break or other control character (brat and TSV files could not carry it)</source>
        <translation>el nombre empieza o termina con un espacio o contiene un tabulador, un salto de línea u otro carácter de control (los archivos brat y TSV no podrían llevarlo)</translation>
    </message>
    <message>
        <source>the folder &apos;%1&apos; of &apos;%2&apos; does not exist</source>
        <translation>la carpeta &apos;%1&apos; de &apos;%2&apos; no existe</translation>
    </message>
    <message>
        <source>%1: &quot;version&quot; must be the number 1</source>
        <translation>%1: «version» debe ser el número 1</translation>
    </message>
    <message>
        <source>a team project is made on the server from a project file: candor-cli push FILE %1</source>
        <translation>un proyecto de equipo se crea en el servidor a partir de un archivo de proyecto: candor-cli push ARCHIVO %1</translation>
    </message>
    <message>
        <source>the project file has no table &apos;%1&apos;</source>
        <translation>el archivo de proyecto no tiene la tabla &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the server&apos;s table &apos;%1&apos; has no column &apos;%2&apos;: the server schema and this Candor&apos;s project schema differ</source>
        <translation>la tabla &apos;%1&apos; del servidor no tiene la columna &apos;%2&apos;: el esquema del servidor y el de proyecto de este Candor difieren</translation>
    </message>
    <message>
        <source>rows %1 to %2 of table &apos;%3&apos; could not be copied: %4</source>
        <translation>no se pudieron copiar las filas %1 a %2 de la tabla &apos;%3&apos;: %4</translation>
    </message>
    <message>
        <source>transfer cancelled; nothing was written</source>
        <translation>transferencia cancelada; no se escribió nada</translation>
    </message>
    <message>
        <source>%1 already holds a project (%2 rows in &apos;%3&apos;); push fills an empty database only, so nobody&apos;s work on the server is replaced</source>
        <translation>%1 ya contiene un proyecto (%2 filas en &apos;%3&apos;); push solo llena una base de datos vacía, para que no se sustituya el trabajo de nadie en el servidor</translation>
    </message>
    <message>
        <source>%1 holds a project of schema version %2, newer than this Candor (%3); update Candor</source>
        <translation>%1 contiene un proyecto con la versión de esquema %2, más reciente que este Candor (%3); actualice Candor</translation>
    </message>
    <message>
        <source>%1 holds a project of schema version %2; this Candor reads version %3 only on a server</source>
        <translation>%1 contiene un proyecto con la versión de esquema %2; este Candor solo lee la versión %3 en un servidor</translation>
    </message>
    <message>
        <source>cannot pull into &apos;%1&apos;: the file exists (pull writes a new project file)</source>
        <translation>no se puede traer a &apos;%1&apos;: el archivo existe (pull escribe un archivo de proyecto nuevo)</translation>
    </message>
    <message>
        <source>%1 holds no Candor project yet (push one first)</source>
        <translation>%1 aún no contiene ningún proyecto de Candor (suba uno primero con push)</translation>
    </message>
    <message>
        <source>the server&apos;s meta table does not name schema version %1</source>
        <translation>la tabla meta del servidor no indica la versión de esquema %1</translation>
    </message>
    <message>
        <source>cannot move the pulled project to &apos;%1&apos;</source>
        <translation>no se puede mover el proyecto traído a &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the server %1 refused the password (%2); Candor takes it from PGPASSFILE (~/.pgpass) or PGPASSWORD</source>
        <translation>el servidor %1 rechazó la contraseña (%2); Candor la toma de PGPASSFILE (~/.pgpass) o PGPASSWORD</translation>
    </message>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>no se puede conectar a %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address: it must start with postgresql://</source>
        <translation>&apos;%1&apos; no es una dirección de servidor: debe empezar por postgresql://</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid server address: %2</source>
        <translation>&apos;%1&apos; no es una dirección de servidor válida: %2</translation>
    </message>
    <message>
        <source>the server address %1 contains a password; leave it out and put it in PGPASSFILE (~/.pgpass) or PGPASSWORD, so that it is never stored with the project or in a shell&apos;s history</source>
        <translation>la dirección de servidor %1 contiene una contraseña; quítela y póngala en PGPASSFILE (~/.pgpass) o PGPASSWORD, para que nunca se guarde con el proyecto ni en el historial de una consola</translation>
    </message>
    <message>
        <source>the server address %1 names no database: write postgresql://host/database</source>
        <translation>la dirección de servidor %1 no indica ninguna base de datos: escriba postgresql://servidor/base_de_datos</translation>
    </message>
    <message>
        <source>the server address %1 has an unknown parameter &apos;%2&apos;</source>
        <translation>la dirección de servidor %1 tiene un parámetro desconocido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the server address %1 has an unusable value for &apos;%2&apos;: &apos;%3&apos;</source>
        <translation>la dirección de servidor %1 tiene un valor inutilizable para &apos;%2&apos;: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>the server address %1 has an unknown sslmode &apos;%2&apos; (disable, allow, prefer, require, verify-ca, verify-full)</source>
        <translation>la dirección de servidor %1 tiene un sslmode desconocido &apos;%2&apos; (disable, allow, prefer, require, verify-ca, verify-full)</translation>
    </message>
    <message>
        <source>the server address %1 has a connect_timeout that is not a number of seconds: &apos;%2&apos;</source>
        <translation>la dirección de servidor %1 tiene un connect_timeout que no es un número de segundos: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>cannot open %1: Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>no se puede abrir %1: el controlador de PostgreSQL de Qt no está instalado (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>the server&apos;s project has no label &apos;%1&apos; in schema &apos;%2&apos;</source>
        <translation>el proyecto del servidor no tiene la etiqueta &apos;%1&apos; en el esquema &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the connection to %1 was lost and cannot be reopened; the edit was not saved: %2</source>
        <translation type="vanished">se perdió la conexión con %1 y no se puede reabrir; el cambio no se guardó: %2</translation>
    </message>
    <message>
        <source>an edit sent to the server needs a key</source>
        <translation>un cambio enviado al servidor necesita una clave</translation>
    </message>
    <message>
        <source>the server did not keep the edit %1</source>
        <translation type="vanished">el servidor no conservó el cambio %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a working copy of a team project</source>
        <translation>&apos;%1&apos; no es una copia de trabajo de un proyecto de equipo</translation>
    </message>
    <message>
        <source>cannot listen for changes on %1</source>
        <translation>no se pueden escuchar los cambios en %1</translation>
    </message>
    <message>
        <source>the server database &apos;%1&apos; has no %2 role recorded (team_roles)</source>
        <translation>la base de datos del servidor &apos;%1&apos; no tiene registrado ningún rol de %2 (team_roles)</translation>
    </message>
    <message>
        <source>the database &apos;%1&apos; holds %2 tables but no Candor project (no meta table); use an empty database for a team project</source>
        <translation>la base de datos &apos;%1&apos; contiene %2 tablas pero ningún proyecto de Candor (no hay tabla meta); use una base de datos vacía para un proyecto de equipo</translation>
    </message>
    <message>
        <source>the database &apos;%1&apos; has a meta table but is not a Candor project</source>
        <translation>la base de datos &apos;%1&apos; tiene una tabla meta pero no es un proyecto de Candor</translation>
    </message>
    <message>
        <source>the database &apos;%1&apos; has no valid schema version</source>
        <translation>la base de datos &apos;%1&apos; no tiene una versión de esquema válida</translation>
    </message>
    <message>
        <source>the server has no login &apos;%1&apos;; an administrator creates it first (CREATE ROLE ... LOGIN)</source>
        <translation>el servidor no tiene el usuario &apos;%1&apos;; un administrador debe crearlo antes (CREATE ROLE ... LOGIN)</translation>
    </message>
    <message>
        <source>the team project&apos;s content or schemas changed on the server: open it again to bring the working copy up to date (%1)</source>
        <translation>el contenido o los esquemas del proyecto de equipo cambiaron en el servidor: vuelva a abrirlo para poner al día la copia de trabajo (%1)</translation>
    </message>
    <message>
        <source>cannot put the working copy in place at &apos;%1&apos;</source>
        <translation>no se puede colocar la copia de trabajo en &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cannot create the folder for working copies &apos;%1&apos;</source>
        <translation>no se puede crear la carpeta de copias de trabajo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the working copy of %2, not of %3</source>
        <translation>&apos;%1&apos; es la copia de trabajo de %2, no de %3</translation>
    </message>
    <message>
        <source>a working copy of a team project saves people&apos;s annotations only (to the server); %1 rows are made on the server</source>
        <translation>una copia de trabajo de un proyecto de equipo solo guarda anotaciones de personas (en el servidor); las filas %1 se hacen en el servidor</translation>
    </message>
    <message>
        <source>%1 changed annotation %2 on the server meanwhile; your change was not applied, and the annotation now shows their version</source>
        <translation>%1 cambió la anotación %2 en el servidor mientras tanto; su cambio no se aplicó y la anotación muestra ahora su versión</translation>
    </message>
    <message>
        <source>annotation %1 was deleted on the server meanwhile</source>
        <translation>la anotación %1 se borró en el servidor mientras tanto</translation>
    </message>
    <message>
        <source>annotation %1 is not yours to change: on a team project annotators change their own rows and curators the curated ones</source>
        <translation>la anotación %1 no es suya: en un proyecto de equipo cada anotador cambia sus propias filas y los curadores las curadas</translation>
    </message>
    <message>
        <source>server: database %1 failed: %2 (SQL: %3)</source>
        <translation>servidor: falló la operación de base de datos %1: %2 (SQL: %3)</translation>
    </message>
    <message>
        <source>check the host, port and path</source>
        <translation>revise el servidor, el puerto y la ruta</translation>
    </message>
    <message>
        <source>the connection to %1 was lost and cannot be reopened; nothing was sent or saved: %2</source>
        <translation>se perdió la conexión con %1 y no se puede reabrir; no se envió ni se guardó nada: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is still %2 of this project: the membership was granted by another role, which must revoke it (or a superuser)</source>
        <translation>&apos;%1&apos; sigue siendo %2 de este proyecto: la pertenencia la concedió otro rol, que debe revocarla (o un superusuario)</translation>
    </message>
    <message>
        <source>your annotation was saved on the server (annotation %1), but this working copy cannot show it yet: %2</source>
        <translation>su anotación se guardó en el servidor (anotación %1), pero esta copia de trabajo aún no puede mostrarla: %2</translation>
    </message>
    <message>
        <source>the server address %1 has characters that are not text in its host, user or database</source>
        <translation>la dirección de servidor %1 tiene caracteres que no son texto en el servidor, el usuario o la base de datos</translation>
    </message>
    <message>
        <source>the server address %1 gives &apos;%2&apos; twice</source>
        <translation>la dirección de servidor %1 indica &apos;%2&apos; dos veces</translation>
    </message>
    <message>
        <source>the team project at %1 keeps changing its content while it is being copied; try again later</source>
        <translation>el proyecto de equipo en %1 no deja de cambiar su contenido mientras se copia; inténtelo más tarde</translation>
    </message>
    <message>
        <source>%1: cannot create the description folder</source>
        <translation>%1: no se puede crear la carpeta de descripciones</translation>
    </message>
    <message>
        <source>%1: not an image description of version %2</source>
        <translation>%1: no es una descripción de imagen de la versión %2</translation>
    </message>
    <message>
        <source>%1: the image description has no picture size</source>
        <translation>%1: la descripción de la imagen no tiene tamaño</translation>
    </message>
    <message>
        <source>the image classifier gave %1 class probabilities, the ImageNet class list has %2</source>
        <translation>el clasificador de imágenes dio %1 probabilidades de clase; la lista de clases de ImageNet tiene %2</translation>
    </message>
    <message>
        <source>image description of %1: %2</source>
        <translation>descripción de la imagen de %1: %2</translation>
    </message>
    <message>
        <source>unknown picture input &apos;%1&apos; (text, description or text+description)</source>
        <translation>entrada de imagen desconocida «%1» (text, description o text+description)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n picture(s) could not be described: %2</source>
        <translation>
            <numerusform>%1: %n imagen no se pudo describir: %2</numerusform>
            <numerusform>%1: %n imágenes no se pudieron describir: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: task &apos;%2&apos; reads text only; a picture input is for post-veracity</source>
        <translation>%1: la tarea «%2» solo lee texto; la entrada de imagen es para post-veracity</translation>
    </message>
    <message>
        <source>%1: the model reads the objects in the picture, which cannot be named here: %2</source>
        <translation>%1: el modelo lee los objetos de la imagen, que aquí no se pueden nombrar: %2</translation>
    </message>
    <message>
        <source>%1: the model reads the faces in the picture, which cannot be found here: OpenCV&apos;s face cascade is not installed (Debian package opencv-data)</source>
        <translation>%1: el modelo lee las caras de la imagen, que aquí no se pueden encontrar: la cascada de caras de OpenCV no está instalada (paquete de Debian opencv-data)</translation>
    </message>
    <message>
        <source>the pretrained MobileNetV2 is not in the models folder %1</source>
        <translation>el MobileNetV2 preentrenado no está en la carpeta de modelos %1</translation>
    </message>
    <message>
        <source>%1: a training bundle carries the posts&apos; text only; train a model that reads pictures inside the project (candor-cli train --picture-input)</source>
        <translation>%1: un paquete de entrenamiento solo lleva el texto de las publicaciones; entrene dentro del proyecto un modelo que lea imágenes (candor-cli train --picture-input)</translation>
    </message>
    <message>
        <source>%1: item %2 refers to missing media %3</source>
        <translation>%1: el elemento %2 remite a un medio %3 que no existe</translation>
    </message>
    <message>
        <source>the picture of item %1 (media %2)</source>
        <translation>la imagen del elemento %1 (medio %2)</translation>
    </message>
</context>
<context>
    <name>EvaluateMemeJob</name>
    <message>
        <source>Evaluation of %1 (version %2, %3) on %4, %5 memes: %6</source>
        <translation>Evaluación de %1 (versión %2, %3) en %4, %5 memes: %6</translation>
    </message>
    <message>
        <source>Evaluate %1 on %2</source>
        <translation>Evaluar %1 en %2</translation>
    </message>
</context>
<context>
    <name>EvaluateTextJob</name>
    <message>
        <source>Evaluation of %1 (version %2) on %3, %4 items: %5</source>
        <translation>Evaluación de %1 (versión %2) en %3, %4 elementos: %5</translation>
    </message>
    <message>
        <source>Evaluate %1 on %2</source>
        <translation>Evaluar %1 en %2</translation>
    </message>
</context>
<context>
    <name>EvaluateThreadJob</name>
    <message>
        <source>Evaluation of thread (version %1) on %2, %3 threads: %4</source>
        <translation>Evaluación de thread (versión %1) en %2, %3 hilos: %4</translation>
    </message>
    <message>
        <source>Evaluate thread on %1</source>
        <translation>Evaluar thread en %1</translation>
    </message>
</context>
<context>
    <name>EvaluationTables</name>
    <message numerus="yes">
        <source>%n thread(s)</source>
        <translation>
            <numerusform>%n hilo</numerusform>
            <numerusform>%n hilos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2: %3, evaluated %4</source>
        <translation>%1 en %2: %3, evaluado el %4</translation>
    </message>
    <message>
        <source>every split</source>
        <translation>todas las particiones</translation>
    </message>
    <message numerus="yes">
        <source>In brackets: 95% percentile-bootstrap intervals, %n resample(s) of the threads (a thread&apos;s posts stay together).</source>
        <translation>
            <numerusform>Entre corchetes: intervalos bootstrap de percentiles del 95 %, %n remuestreo de los hilos (las publicaciones de un hilo van juntas).</numerusform>
            <numerusform>Entre corchetes: intervalos bootstrap de percentiles del 95 %, %n remuestreos de los hilos (las publicaciones de un hilo van juntas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>In brackets: 95% percentile-bootstrap intervals, %n resample(s) of the items.</source>
        <translation>
            <numerusform>Entre corchetes: intervalos bootstrap de percentiles del 95 %, %n remuestreo de los elementos.</numerusform>
            <numerusform>Entre corchetes: intervalos bootstrap de percentiles del 95 %, %n remuestreos de los elementos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This evaluation predates confidence intervals; evaluate again to see them.</source>
        <translation>Esta evaluación es anterior a los intervalos de confianza; evalúe de nuevo para verlos.</translation>
    </message>
    <message>
        <source>figure</source>
        <translation>medida</translation>
    </message>
    <message>
        <source>value [95% interval]</source>
        <translation>valor [intervalo del 95 %]</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>precision</source>
        <translation>precisión</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>exhaustividad</translation>
    </message>
    <message>
        <source>F1 [95% interval]</source>
        <translation>F1 [intervalo del 95 %]</translation>
    </message>
    <message>
        <source>support</source>
        <translation>soporte</translation>
    </message>
    <message>
        <source>%1: not evaluated on a split yet (candor-cli eval --task %1 --split dev, or Evaluate in the window), so no per-label scores.</source>
        <translation>%1: aún no se ha evaluado en ninguna partición (candor-cli eval --task %1 --split dev, o Evaluar en la ventana), así que no hay puntuaciones por etiqueta.</translation>
    </message>
    <message>
        <source>As the official scorer counts it, a label that is neither in the gold answers nor predicted scores F1 1: so does a label with support 0, and a resample without a rare label, which widens its interval.</source>
        <translation>Como lo cuenta el evaluador oficial, una etiqueta que no está en las respuestas de referencia ni se predice puntúa F1 1: así ocurre con una etiqueta de soporte 0 y con un remuestreo sin una etiqueta rara, lo que ensancha su intervalo.</translation>
    </message>
</context>
<context>
    <name>FactCheck</name>
    <message>
        <source>true</source>
        <translation>verdadero</translation>
    </message>
    <message>
        <source>mostly true</source>
        <translation>mayormente verdadero</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixto</translation>
    </message>
    <message>
        <source>mostly false</source>
        <translation>mayormente falso</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falso</translation>
    </message>
    <message>
        <source>unverifiable</source>
        <translation>no verificable</translation>
    </message>
    <message>
        <source>The claim is empty: write the claim the item makes, in one sentence.</source>
        <translation>La afirmación está vacía: escriba la afirmación que hace el elemento, en una frase.</translation>
    </message>
    <message>
        <source>The claim has %1 characters; at most %2 fit (put the rest in the note).</source>
        <translation>La afirmación tiene %1 caracteres; caben como máximo %2 (ponga el resto en la nota).</translation>
    </message>
    <message>
        <source>The note has %1 characters; at most %2 fit.</source>
        <translation>La nota tiene %1 caracteres; caben como máximo %2.</translation>
    </message>
    <message>
        <source>The fact check belongs to no item.</source>
        <translation>La verificación no pertenece a ningún elemento.</translation>
    </message>
</context>
<context>
    <name>FactCheckCommand</name>
    <message>
        <source>Fact check: %1</source>
        <translation>Verificación: %1</translation>
    </message>
    <message>
        <source>Remove fact check</source>
        <translation>Quitar verificación</translation>
    </message>
</context>
<context>
    <name>ImportIssue</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: record %2: %3</source>
        <translation>%1: registro %2: %3</translation>
    </message>
    <message>
        <source>line %1 (post %2)</source>
        <translation>línea %1 (publicación %2)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <source>image &apos;%1&apos; not found in %2</source>
        <translation>no se encontró la imagen &apos;%1&apos; en %2</translation>
    </message>
    <message>
        <source>image skipped: %1</source>
        <translation>imagen omitida: %1</translation>
    </message>
    <message>
        <source>replies to %1, but structure.json places it under the root; kept %1</source>
        <translation>responde a %1, pero structure.json la sitúa bajo la raíz; se mantiene %1</translation>
    </message>
    <message>
        <source>replies to %1, but structure.json places it under %2; kept %1</source>
        <translation>responde a %1, pero structure.json la sitúa bajo %2; se mantiene %1</translation>
    </message>
    <message>
        <source>image &apos;%1&apos; not stored: %2</source>
        <translation>imagen &apos;%1&apos; no guardada: %2</translation>
    </message>
    <message>
        <source>message #%1</source>
        <translation>mensaje #%1</translation>
    </message>
    <message>
        <source>message %1</source>
        <translation>mensaje %1</translation>
    </message>
    <message>
        <source>photo skipped: %1</source>
        <translation>foto omitida: %1</translation>
    </message>
    <message>
        <source>thread %1</source>
        <translation>hilo %1</translation>
    </message>
    <message>
        <source>image %1 stored with damage: %2</source>
        <translation>imagen %1 guardada con daños: %2</translation>
    </message>
    <message>
        <source>warning: %1: %2</source>
        <translation>aviso: %1: %2</translation>
    </message>
    <message>
        <source>warning: %1: record %2: %3</source>
        <translation>aviso: %1: registro %2: %3</translation>
    </message>
    <message>
        <source>annotation.json marks the rumour both true and misinformation; no veracity kept</source>
        <translation>annotation.json marca el rumor como verdadero y como desinformación a la vez; no se guarda la veracidad</translation>
    </message>
    <message>
        <source>no labels read from this file: %1</source>
        <translation>no se leyó ninguna etiqueta de este archivo: %1</translation>
    </message>
    <message>
        <source>the label is not a string; left out</source>
        <translation>la etiqueta no es una cadena; se omite</translation>
    </message>
    <message>
        <source>labels[%1]: span [%2, %3) does not cover its fragment &quot;%4&quot;; moved to [%5, %6), where the fragment is</source>
        <translation>labels[%1]: el fragmento [%2, %3) no cubre su texto &quot;%4&quot;; se mueve a [%5, %6), donde está ese texto</translation>
    </message>
    <message>
        <source>image %1 is not in this project (a JSONL export carries no image bytes); imported without it, its description kept in the metadata</source>
        <translation>la imagen %1 no está en este proyecto (una exportación JSONL no lleva los bytes de las imágenes); se importa sin ella y su descripción queda en los metadatos</translation>
    </message>
    <message numerus="yes">
        <source>%n model annotation(s) left out: their model versions are not in this project (a JSONL export carries no model files)</source>
        <translation>
            <numerusform>%n anotación de modelo omitida: su versión del modelo no está en este proyecto (una exportación JSONL no lleva archivos de modelo)</numerusform>
            <numerusform>%n anotaciones de modelo omitidas: sus versiones del modelo no están en este proyecto (una exportación JSONL no lleva archivos de modelo)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the records before it are kept, nothing after it is read</source>
        <translation>%1; se conservan los registros anteriores y no se lee nada de lo que sigue</translation>
    </message>
    <message>
        <source>chat %1, %2</source>
        <translation>chat %1, %2</translation>
    </message>
    <message>
        <source>empty text: the post keeps its image only</source>
        <translation>texto vacío: la publicación conserva solo su imagen</translation>
    </message>
    <message>
        <source>%1 of %2 posts have no image and keep their text only; no %3/ folder was found beside the file or one folder up</source>
        <translation>%1 de %2 publicaciones no tienen imagen y conservan solo su texto; no se encontró ninguna carpeta %3/ junto al archivo ni una carpeta más arriba</translation>
    </message>
    <message>
        <source>%1 of %2 posts have no image and keep their text only; %3 image files their URLs name are not in %4</source>
        <translation>%1 de %2 publicaciones no tienen imagen y conservan solo su texto; %3 archivos de imagen que nombran sus URL no están en %4</translation>
    </message>
    <message>
        <source>%1 of %2 posts have no image and keep their text only</source>
        <translation>%1 de %2 publicaciones no tienen imagen y conservan solo su texto</translation>
    </message>
    <message>
        <source>lines %1-%2</source>
        <translation>líneas %1-%2</translation>
    </message>
    <message>
        <source>no text was read in the image: the post keeps its picture only</source>
        <translation>no se leyó ningún texto en la imagen: la publicación conserva solo su imagen</translation>
    </message>
    <message>
        <source>OCR is unavailable (%1): the images are imported without text; Tools &gt; OCR on a filter that lists them reads them once Tesseract and its eng and spa data are installed</source>
        <translation>El OCR no está disponible (%1): las imágenes se importan sin texto; Herramientas &gt; OCR sobre un filtro que las incluya las leerá cuando estén instalados Tesseract y sus datos eng y spa</translation>
    </message>
    <message numerus="yes">
        <source>%n relation, event, attribute or normalisation line(s) left out</source>
        <translation>
            <numerusform>%n línea de relación, evento, atributo o normalización omitida</numerusform>
            <numerusform>%n líneas de relación, evento, atributo o normalización omitidas</numerusform>
        </translation>
    </message>
    <message>
        <source>type &apos;%1&apos; is no label of %2</source>
        <translation>el tipo &apos;%1&apos; no es una etiqueta de %2</translation>
    </message>
    <message>
        <source>line %1: the span ends after the text&apos;s %2 code points</source>
        <translation>línea %1: el fragmento termina después de los %2 puntos de código del texto</translation>
    </message>
    <message>
        <source>line %1: the file quotes &quot;%2&quot; but the text has &quot;%3&quot; there (offsets counted in other units?)</source>
        <translation>línea %1: el archivo cita &quot;%2&quot; pero el texto tiene &quot;%3&quot; ahí (¿posiciones contadas en otras unidades?)</translation>
    </message>
    <message numerus="yes">
        <source>a discontinuous span is stored as %n span(s), one per fragment</source>
        <translation>
            <numerusform>un fragmento discontinuo se guarda como %n fragmento, uno por parte</numerusform>
            <numerusform>un fragmento discontinuo se guarda como %n fragmentos, uno por parte</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: a text-bound annotation needs &apos;T&lt;n&gt;&lt;TAB&gt;Type START END&lt;TAB&gt;text&apos;</source>
        <translation>línea %1: una anotación ligada al texto necesita &apos;T&lt;n&gt;&lt;TAB&gt;Tipo INICIO FIN&lt;TAB&gt;texto&apos;</translation>
    </message>
    <message>
        <source>line %1: &apos;%2&apos; is no brat annotation id</source>
        <translation>línea %1: &apos;%2&apos; no es un identificador de anotación de brat</translation>
    </message>
    <message>
        <source>label &apos;%1&apos; is in no label schema of this project</source>
        <translation>la etiqueta &apos;%1&apos; no está en ningún esquema de etiquetas de este proyecto</translation>
    </message>
    <message>
        <source>offsets counted in UTF-16 units (as Label Studio wrote them before 2021) were converted to code points</source>
        <translation>las posiciones contadas en unidades UTF-16 (como las escribía Label Studio antes de 2021) se convirtieron a puntos de código</translation>
    </message>
    <message numerus="yes">
        <source>%n prediction(s) left out: a model&apos;s rows need its model version in this project</source>
        <translation>
            <numerusform>%n predicción omitida: las filas de un modelo necesitan su versión del modelo en este proyecto</numerusform>
            <numerusform>%n predicciones omitidas: las filas de un modelo necesitan su versión del modelo en este proyecto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cancelled annotation(s) left out</source>
        <translation>
            <numerusform>%n anotación cancelada omitida</numerusform>
            <numerusform>%n anotaciones canceladas omitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) of other types (ratings, text areas, relations, image regions) left out</source>
        <translation>
            <numerusform>%n resultado de otros tipos (valoraciones, áreas de texto, relaciones, regiones de imagen) omitido</numerusform>
            <numerusform>%n resultados de otros tipos (valoraciones, áreas de texto, relaciones, regiones de imagen) omitidos</numerusform>
        </translation>
    </message>
    <message>
        <source>imported without its image: %1</source>
        <translation>importado sin su imagen: %1</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>%1 records read: %2 items added, %3 updated, %4 unchanged; %5 posts, %6 annotations, %7 images added; %8 errors (cancelled, nothing of the cancelled file was written)</source>
        <translation type="vanished">%1 registros leídos: %2 elementos añadidos, %3 actualizados, %4 sin cambios; %5 publicaciones, %6 anotaciones y %7 imágenes añadidas; %8 errores (cancelado; no se escribió nada del archivo cancelado)</translation>
    </message>
    <message>
        <source>%1 records read: %2 items added, %3 updated, %4 unchanged; %5 posts, %6 annotations, %7 images added; %8 errors</source>
        <translation type="vanished">%1 registros leídos: %2 elementos añadidos, %3 actualizados, %4 sin cambios; %5 publicaciones, %6 anotaciones y %7 imágenes añadidas; %8 errores</translation>
    </message>
    <message>
        <source>%1 records read: %2 items added, %3 updated, %4 unchanged; %5 posts, %6 annotations, %7 images added; %8 errors, %9 warnings (cancelled, nothing of the cancelled file was written)</source>
        <translation>%1 registros leídos: %2 elementos añadidos, %3 actualizados, %4 sin cambios; %5 publicaciones, %6 anotaciones y %7 imágenes añadidas; %8 errores, %9 avisos (cancelado; no se escribió nada del archivo cancelado)</translation>
    </message>
    <message>
        <source>%1 records read: %2 items added, %3 updated, %4 unchanged; %5 posts, %6 annotations, %7 images added; %8 errors, %9 warnings</source>
        <translation>%1 registros leídos: %2 elementos añadidos, %3 actualizados, %4 sin cambios; %5 publicaciones, %6 anotaciones y %7 imágenes añadidas; %8 errores, %9 avisos</translation>
    </message>
</context>
<context>
    <name>LabelNames</name>
    <message>
        <source>Appeal to authority</source>
        <translation>Apelación a la autoridad</translation>
    </message>
    <message>
        <source>Appeal to fear/prejudice</source>
        <translation>Apelación al miedo/prejuicio</translation>
    </message>
    <message>
        <source>Black-and-white Fallacy/Dictatorship</source>
        <translation>Falso dilema/Imposición</translation>
    </message>
    <message>
        <source>Causal Oversimplification</source>
        <translation>Simplificación causal excesiva</translation>
    </message>
    <message>
        <source>Doubt</source>
        <translation>Duda</translation>
    </message>
    <message>
        <source>Exaggeration/Minimisation</source>
        <translation>Exageración/Minimización</translation>
    </message>
    <message>
        <source>Flag-waving</source>
        <translation>Agitar la bandera</translation>
    </message>
    <message>
        <source>Glittering generalities (Virtue)</source>
        <translation>Generalidades brillantes (virtud)</translation>
    </message>
    <message>
        <source>Loaded Language</source>
        <translation>Lenguaje cargado</translation>
    </message>
    <message>
        <source>Misrepresentation of Someone&apos;s Position (Straw Man)</source>
        <translation>Tergiversación de la posición ajena (hombre de paja)</translation>
    </message>
    <message>
        <source>Name calling/Labeling</source>
        <translation>Insultos/Etiquetado</translation>
    </message>
    <message>
        <source>Obfuscation, Intentional vagueness, Confusion</source>
        <translation>Ofuscación, vaguedad intencionada, confusión</translation>
    </message>
    <message>
        <source>Presenting Irrelevant Data (Red Herring)</source>
        <translation>Presentar datos irrelevantes (pista falsa)</translation>
    </message>
    <message>
        <source>Reductio ad hitlerum</source>
        <translation>Reductio ad Hitlerum</translation>
    </message>
    <message>
        <source>Repetition</source>
        <translation>Repetición</translation>
    </message>
    <message>
        <source>Slogans</source>
        <translation>Eslóganes</translation>
    </message>
    <message>
        <source>Smears</source>
        <translation>Difamación</translation>
    </message>
    <message>
        <source>Thought-terminating cliché</source>
        <translation>Cliché que zanja el debate</translation>
    </message>
    <message>
        <source>Whataboutism</source>
        <translation>Whataboutism (¿y tú qué?)</translation>
    </message>
    <message>
        <source>Bandwagon</source>
        <translation>Efecto arrastre (ad populum)</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferencia</translation>
    </message>
    <message>
        <source>Appeal to (Strong) Emotions</source>
        <translation>Apelación a las emociones (fuertes)</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>FACILITATOR</source>
        <translation>Facilitador</translation>
    </message>
    <message>
        <source>VICTIM</source>
        <translation>Víctima</translation>
    </message>
    <message>
        <source>CAMPAIGNER</source>
        <translation>Activista</translation>
    </message>
    <message>
        <source>OBJECTIVE</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>NEGATIVE_EFFECT</source>
        <translation>Efecto negativo</translation>
    </message>
    <message>
        <source>CONSPIRACY</source>
        <translation>Conspiración</translation>
    </message>
    <message>
        <source>CRITICAL</source>
        <translation>Pensamiento crítico</translation>
    </message>
    <message>
        <source>support</source>
        <translation>apoyo</translation>
    </message>
    <message>
        <source>deny</source>
        <translation>negación</translation>
    </message>
    <message>
        <source>query</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comentario</translation>
    </message>
    <message>
        <source>true</source>
        <translation>verdadero</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falso</translation>
    </message>
    <message>
        <source>unverified</source>
        <translation>no verificado</translation>
    </message>
    <message>
        <source>fake</source>
        <translation>falso</translation>
    </message>
    <message>
        <source>real</source>
        <translation>real</translation>
    </message>
    <message>
        <source>unsure</source>
        <translation>dudoso</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Candor uses the new language from its next start.</source>
        <translation>Candor usará el nuevo idioma a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>Reiniciar ahora</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir al &amp;sistema</translation>
    </message>
</context>
<context>
    <name>MemeMapJob</name>
    <message>
        <source>Attention map of item %1 (model version %2)</source>
        <translation>Mapa de atención del elemento %1 (versión del modelo %2)</translation>
    </message>
    <message>
        <source>Grad-CAM of %1 on item %2 (model version %3)</source>
        <translation>Grad-CAM de %1 en el elemento %2 (versión del modelo %3)</translation>
    </message>
    <message>
        <source>Attention map of item %1</source>
        <translation>Mapa de atención del elemento %1</translation>
    </message>
    <message>
        <source>Grad-CAM of %1 on item %2</source>
        <translation>Grad-CAM de %1 en el elemento %2</translation>
    </message>
</context>
<context>
    <name>MetricsText</name>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>constant answer %1 %2 (dev), %3 ± %4 (CV): %5</source>
        <translation>respuesta constante %1 %2 (validación), %3 ± %4 (VC): %5</translation>
    </message>
    <message>
        <source>no better than always answering %1; </source>
        <translation>no mejora a responder siempre %1; </translation>
    </message>
    <message>
        <source>CV %1 %2 ± %3 (%4 folds), lead over the constant answer %5 (95% interval %6 to %7)</source>
        <translation>VC %1 %2 ± %3 (%4 pliegues), ventaja sobre la respuesta constante %5 (intervalo del 95 %: %6 a %7)</translation>
    </message>
</context>
<context>
    <name>PredictMemeJob</name>
    <message>
        <source>No meme with an image to predict</source>
        <translation>No hay ningún meme con imagen que predecir</translation>
    </message>
    <message>
        <source>Model version %1 (%2) proposed %3 annotation(s) on %4 meme(s)</source>
        <translation>La versión del modelo %1 (%2) propuso %3 anotación(es) en %4 meme(s)</translation>
    </message>
    <message>
        <source>Predict %1</source>
        <translation>Predecir %1</translation>
    </message>
</context>
<context>
    <name>PredictTextJob</name>
    <message>
        <source>No item to predict for %1</source>
        <translation>No hay ningún elemento que predecir para %1</translation>
    </message>
    <message>
        <source>Model version %1 proposed %2 annotation(s) on %3 item(s)</source>
        <translation>La versión del modelo %1 propuso %2 anotación(es) en %3 elemento(s)</translation>
    </message>
    <message>
        <source>Predict %1</source>
        <translation>Predecir %1</translation>
    </message>
</context>
<context>
    <name>PredictThreadJob</name>
    <message>
        <source>No thread to predict</source>
        <translation>No hay ningún hilo que predecir</translation>
    </message>
    <message>
        <source>Model version %1 proposed %2 annotation(s) on %3 thread(s)</source>
        <translation>La versión del modelo %1 propuso %2 anotación(es) en %3 hilo(s)</translation>
    </message>
    <message>
        <source>Predict thread</source>
        <translation>Predecir thread</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <source>predicted %1 in [%2, %3]</source>
        <translation>%1 predicha en [%2, %3]</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisados</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <source>annotator</source>
        <translation>anotador/a</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>split</source>
        <translation>partición</translation>
    </message>
    <message>
        <source>search</source>
        <translation>búsqueda</translation>
    </message>
    <message>
        <source>sources</source>
        <translation>fuentes</translation>
    </message>
    <message>
        <source>all items</source>
        <translation>todos los elementos</translation>
    </message>
    <message>
        <source>saved filter “%1”: %2</source>
        <translation>filtro guardado «%1»: %2</translation>
    </message>
    <message>
        <source>annotators disagree</source>
        <translation>anotadores en desacuerdo</translation>
    </message>
</context>
<context>
    <name>ReportFigures</name>
    <message>
        <source>Items per label and origin</source>
        <translation>Elementos por etiqueta y origen</translation>
    </message>
    <message>
        <source>items</source>
        <translation>elementos</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>human</source>
        <translation>humana</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>Items per label and source</source>
        <translation>Elementos por etiqueta y fuente</translation>
    </message>
    <message>
        <source>Items per label and month</source>
        <translation>Elementos por etiqueta y mes</translation>
    </message>
    <message>
        <source>Conspiracy and critical per source</source>
        <translation>Conspiración y pensamiento crítico por fuente</translation>
    </message>
    <message>
        <source>Conspiracy and critical per language</source>
        <translation>Conspiración y pensamiento crítico por idioma</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(desconocido)</translation>
    </message>
    <message>
        <source>Conspiracy and critical per month</source>
        <translation>Conspiración y pensamiento crítico por mes</translation>
    </message>
    <message>
        <source>Stance of the posts per thread veracity</source>
        <translation>Postura de las publicaciones según la veracidad del hilo</translation>
    </message>
    <message>
        <source>posts</source>
        <translation>publicaciones</translation>
    </message>
    <message>
        <source>(no veracity label)</source>
        <translation>(sin etiqueta de veracidad)</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>gold</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>human</source>
        <translation>humana</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>modelo %1</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>items</source>
        <translation>elementos</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Candor report: %1</source>
        <translation>Informe de Candor: %1</translation>
    </message>
    <message>
        <source>What a project holds, what its models say and how well they do.</source>
        <translation>Qué contiene un proyecto, qué dicen sus modelos y con qué acierto.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>source</source>
        <translation>fuente</translation>
    </message>
    <message>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <source>split</source>
        <translation>partición</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>task</source>
        <translation>tarea</translation>
    </message>
    <message>
        <source>current version</source>
        <translation>versión actual</translation>
    </message>
    <message>
        <source>dev scores</source>
        <translation>puntuaciones en validación</translation>
    </message>
    <message>
        <source>constant-answer baseline</source>
        <translation>línea base de respuesta constante</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fijada</translation>
    </message>
    <message>
        <source>none stored</source>
        <translation>ninguna guardada</translation>
    </message>
    <message>
        <source>Persuasion techniques (%1)</source>
        <translation>Técnicas de persuasión (%1)</translation>
    </message>
    <message>
        <source>Together on one item</source>
        <translation>Juntas en un mismo elemento</translation>
    </message>
    <message>
        <source>Items where both labels are present; the diagonal is each label&apos;s item count. Columns follow the rows&apos; numbers.</source>
        <translation>Elementos en los que están las dos etiquetas; la diagonal es el número de elementos de cada etiqueta. Las columnas siguen los números de las filas.</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Ejemplos</translation>
    </message>
    <message>
        <source>Narratives</source>
        <translation>Narrativas</translation>
    </message>
    <message>
        <source>Narrative roles</source>
        <translation>Roles narrativos</translation>
    </message>
    <message>
        <source>Threads</source>
        <translation>Hilos</translation>
    </message>
    <message>
        <source>%1 threads, %2 posts.</source>
        <translation>%1 hilos, %2 publicaciones.</translation>
    </message>
    <message>
        <source>No person or dataset labelled a stance here: the stances below are the model&apos;s.</source>
        <translation>Aquí ninguna persona ni ningún conjunto de datos etiquetó posturas: las posturas que siguen son las del modelo.</translation>
    </message>
    <message>
        <source>Most denied threads</source>
        <translation>Hilos con más negaciones</translation>
    </message>
    <message>
        <source>thread</source>
        <translation>hilo</translation>
    </message>
    <message>
        <source>source post</source>
        <translation>publicación original</translation>
    </message>
    <message>
        <source>veracity</source>
        <translation>veracidad</translation>
    </message>
    <message>
        <source>denials</source>
        <translation>negaciones</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>respuestas</translation>
    </message>
    <message>
        <source>Model score threshold</source>
        <translation>Umbral de puntuación del modelo</translation>
    </message>
    <message>
        <source>Post verdicts</source>
        <translation>Veredictos sobre publicaciones</translation>
    </message>
    <message>
        <source>Stance over time</source>
        <translation>Postura a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Annotators</source>
        <translation>Anotadores</translation>
    </message>
    <message>
        <source>curated</source>
        <translation>curada</translation>
    </message>
</context>
<context>
    <name>ReportJob</name>
    <message>
        <source>Report read %1 items (%2)</source>
        <translation>El informe leyó %1 elementos (%2)</translation>
    </message>
    <message>
        <source>Report on %1</source>
        <translation>Informe de %1</translation>
    </message>
</context>
<context>
    <name>ReportMethodNotes</name>
    <message>
        <source>Scope: %1; %2 items.</source>
        <translation>Alcance: %1; %2 elementos.</translation>
    </message>
    <message>
        <source>A label counts on an item when a row of it is neither rejected nor ignored; a model&apos;s row counts when its score is at least %1. Each item counts once per label and origin, whether the label marks a span, the whole item or a post.</source>
        <translation>Una etiqueta cuenta en un elemento cuando una de sus anotaciones no está rechazada ni ignorada; una anotación del modelo cuenta cuando su puntuación es al menos %1. Cada elemento cuenta una vez por etiqueta y origen, marque la etiqueta un fragmento, el elemento entero o una publicación.</translation>
    </message>
    <message>
        <source>Gold rows come from the imported datasets, human rows from the project&apos;s annotators, model rows from the current model versions&apos; predictions.</source>
        <translation>Las anotaciones de referencia vienen de los conjuntos de datos importados, las humanas de los anotadores del proyecto y las del modelo de las predicciones de las versiones actuales de los modelos.</translation>
    </message>
    <message>
        <source>Months follow the items&apos; own dates (UTC); items without a date are left out of the charts over time. Examples show per label the passages a person marked first, then the dataset&apos;s, then the model&apos;s by score, one per item, cut around the span.</source>
        <translation>Los meses siguen las fechas de los propios elementos (UTC); los elementos sin fecha quedan fuera de los gráficos temporales. Los ejemplos muestran por etiqueta primero los pasajes que marcó una persona, después los del conjunto de datos y después los del modelo por puntuación, uno por elemento, recortados en torno al fragmento.</translation>
    </message>
    <message>
        <source>A post&apos;s stance is a person&apos;s label where there is one, else the dataset&apos;s (the window&apos;s reference timeline); a thread&apos;s veracity likewise. Replies are the posts after the source post.</source>
        <translation>La postura de una publicación es la etiqueta de una persona cuando la hay y, si no, la del conjunto de datos (la línea temporal de referencia de la ventana); la veracidad de un hilo, igual. Las respuestas son las publicaciones posteriores a la publicación original.</translation>
    </message>
    <message>
        <source>Model scores are those measured on the dev split when the version was trained; the constant-answer baseline always gives the answer that scored best on the training data. A model no better than it is marked.</source>
        <translation>Las puntuaciones de los modelos son las medidas en la partición de validación al entrenar la versión; la línea base de respuesta constante da siempre la respuesta que mejor puntuó en los datos de entrenamiento. Se marca el modelo que no la supera.</translation>
    </message>
    <message>
        <source>%1 — %2, trained %3. Data: %4. Configuration: %5.</source>
        <translation>%1 — %2, entrenado el %3. Datos: %4. Configuración: %5.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Method notes</source>
        <translation>Notas de método</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
</context>
<context>
    <name>ReportTeam</name>
    <message>
        <source>annotator</source>
        <translation>anotador/a</translation>
    </message>
    <message>
        <source>items annotated</source>
        <translation>elementos anotados</translation>
    </message>
    <message>
        <source>share of the items in scope</source>
        <translation>parte de los elementos del alcance</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message numerus="yes">
        <source>Agreement over the whole project, as candor-cli agreement computes it: in brackets 95% percentile-bootstrap intervals, %n resample(s) of the items (posts for stance).</source>
        <translation>
            <numerusform>Acuerdo sobre todo el proyecto, como lo calcula candor-cli agreement: entre corchetes, intervalos bootstrap de percentiles del 95 %, %n remuestreo de los elementos (de las publicaciones para la postura).</numerusform>
            <numerusform>Acuerdo sobre todo el proyecto, como lo calcula candor-cli agreement: entre corchetes, intervalos bootstrap de percentiles del 95 %, %n remuestreos de los elementos (de las publicaciones para la postura).</numerusform>
        </translation>
    </message>
    <message>
        <source>task (schema)</source>
        <translation>tarea (esquema)</translation>
    </message>
    <message>
        <source>annotators</source>
        <translation>anotadores</translation>
    </message>
    <message>
        <source>items</source>
        <translation>elementos</translation>
    </message>
    <message>
        <source>agreement [95% interval]</source>
        <translation>acuerdo [intervalo del 95 %]</translation>
    </message>
</context>
<context>
    <name>SampleProject</name>
    <message>
        <source>generating memes and chats</source>
        <translation>generando memes y chats</translation>
    </message>
    <message>
        <source>importing memes</source>
        <translation>importando memes</translation>
    </message>
    <message>
        <source>importing Telegram exports</source>
        <translation>importando exportaciones de Telegram</translation>
    </message>
    <message>
        <source>adding meme text labels, narrative, stance and veracity labels</source>
        <translation>añadiendo etiquetas de texto de memes, de narrativa, de postura y de veracidad</translation>
    </message>
    <message>
        <source>finishing</source>
        <translation>terminando</translation>
    </message>
</context>
<context>
    <name>TaskCatalog</name>
    <message>
        <source>Persuasion techniques of a meme&apos;s text (SemEval-2021 T6 subtask 1: 20 labels)</source>
        <translation>Técnicas de persuasión del texto de un meme (SemEval-2021 T6, subtarea 1: 20 etiquetas)</translation>
    </message>
    <message>
        <source>Persuasion technique spans in a meme&apos;s text (SemEval-2021 T6 subtask 2)</source>
        <translation>Fragmentos con técnicas de persuasión en el texto de un meme (SemEval-2021 T6, subtarea 2)</translation>
    </message>
    <message>
        <source>Persuasion techniques of a meme, text and image (SemEval-2021 T6 subtask 3: 22 labels)</source>
        <translation>Técnicas de persuasión de un meme, texto e imagen (SemEval-2021 T6, subtarea 3: 22 etiquetas)</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Conspiracy or critical thinking, and the narrative roles in a message (PAN 2024)</source>
        <translation>Conspiración o pensamiento crítico, y los roles narrativos de un mensaje (PAN 2024)</translation>
    </message>
    <message>
        <source>Reply stance per post and rumour veracity per thread (RumourEval 2017)</source>
        <translation>Postura de cada respuesta y veracidad del rumor de cada hilo (RumourEval 2017)</translation>
    </message>
    <message>
        <source>Post order</source>
        <translation>Orden de las publicaciones</translation>
    </message>
    <message>
        <source>the last version started from a pretrained tokenizer, which is not stored with it; this run trains its own (Models &gt; Train… to choose)</source>
        <translation>la última versión partió de un tokenizador preentrenado, que no se guarda con ella; este entrenamiento entrena uno propio (Modelos &gt; Entrenar… para elegir)</translation>
    </message>
    <message>
        <source>no thread in split &apos;train&apos; has a stance or veracity label (gold or human-confirmed)</source>
        <translation>ningún hilo de la partición &apos;train&apos; tiene una etiqueta de postura o de veracidad (de referencia o confirmada por una persona)</translation>
    </message>
    <message>
        <source>fewer than %1 memes with an image in split &apos;train&apos;</source>
        <translation>menos de %1 memes con imagen en la partición &apos;train&apos;</translation>
    </message>
    <message>
        <source>Fake or real: a verdict for a post from its text (MediaEval 2016, Weibo; folds grouped by event)</source>
        <translation type="vanished">Falsa o real: un veredicto para una publicación a partir de su texto (MediaEval 2016, Weibo; pliegues agrupados por evento)</translation>
    </message>
    <message>
        <source>Spans of your schema %1 in an item&apos;s text</source>
        <translation>Fragmentos de su esquema %1 en el texto de un elemento</translation>
    </message>
    <message>
        <source>One label of your schema %1 per item</source>
        <translation>Una etiqueta de su esquema %1 por elemento</translation>
    </message>
    <message>
        <source>Labels of your schema %1, several per item</source>
        <translation>Etiquetas de su esquema %1, varias por elemento</translation>
    </message>
    <message>
        <source>Fake or real: a verdict for a post from its text and picture (MediaEval 2016, Weibo; folds grouped by event)</source>
        <translation>Falso o real: un veredicto para una publicación a partir de su texto y su imagen (MediaEval 2016, Weibo; pliegues agrupados por evento)</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lee</translation>
    </message>
</context>
<context>
    <name>TelegramImporter</name>
    <message>
        <source>telegram threads</source>
        <translation>hilos de Telegram</translation>
    </message>
</context>
<context>
    <name>TextTaskReadiness</name>
    <message>
        <source>no message with a CONSPIRACY or CRITICAL label (%1, gold or human-confirmed)</source>
        <translation>no hay ningún mensaje con la etiqueta CONSPIRACY o CRITICAL (%1, de referencia o confirmada por humanos)</translation>
    </message>
    <message>
        <source>no meme with %1 spans (gold or human-confirmed, SemEval subtask 2)</source>
        <translation>no hay ningún meme con fragmentos de %1 (de referencia o confirmados por humanos, subtarea 2 de SemEval)</translation>
    </message>
    <message>
        <source>no meme with %1 item labels (gold or human-confirmed, SemEval subtask 1)</source>
        <translation>no hay ningún meme con etiquetas de elemento de %1 (de referencia o confirmadas por humanos, subtarea 1 de SemEval)</translation>
    </message>
    <message>
        <source>%1 in split &apos;%2&apos;</source>
        <translation>%1 en la partición &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1 in the dev split &apos;%2&apos;</source>
        <translation>%1 en la partición de validación &apos;%2&apos;</translation>
    </message>
    <message>
        <source>no post with a fake or real label (%1, gold or human-confirmed)</source>
        <translation>ninguna publicación con etiqueta fake o real (%1, de referencia o confirmada por una persona)</translation>
    </message>
    <message>
        <source>no item with %1 %2 (gold, curated or human-confirmed)</source>
        <translation>ningún elemento con %2 de %1 (de referencia, curadas o confirmadas por una persona)</translation>
    </message>
    <message>
        <source>item labels</source>
        <translation>etiquetas de elemento</translation>
    </message>
    <message>
        <source>spans</source>
        <translation>fragmentos</translation>
    </message>
</context>
<context>
    <name>ThreadEdits</name>
    <message>
        <source>Set stance %1</source>
        <translation>Asignar la postura %1</translation>
    </message>
    <message>
        <source>Set veracity %1</source>
        <translation>Asignar la veracidad %1</translation>
    </message>
</context>
<context>
    <name>TrainMemeJob</name>
    <message>
        <source>Trained %1 (%2): model version %3, %4 train / %5 dev memes, %6 s; dev %7</source>
        <translation>Entrenado %1 (%2): versión del modelo %3, %4 memes de entrenamiento / %5 de validación, %6 s; validación %7</translation>
    </message>
    <message>
        <source>Train %1 (%2)</source>
        <translation>Entrenar %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TrainTextJob</name>
    <message>
        <source>Trained %1: model version %2 (%3), %4 train / %5 dev items, %6 s</source>
        <translation>Se entrenó %1: versión del modelo %2 (%3), %4 elementos de entrenamiento / %5 de validación, %6 s</translation>
    </message>
    <message>
        <source>Train %1</source>
        <translation>Entrenar %1</translation>
    </message>
    <message>
        <source>Import model %1</source>
        <translation>Importar modelo %1</translation>
    </message>
    <message>
        <source>Train %1 (%2)</source>
        <translation>Entrenar %1 (%2)</translation>
    </message>
</context>
<context>
    <name>TrainThreadJob</name>
    <message>
        <source>Trained thread: model version %1, %2 train / %3 dev threads, %4 s; dev %5</source>
        <translation>Entrenado thread: versión del modelo %1, %2 hilos de entrenamiento / %3 de validación, %4 s; validación %5</translation>
    </message>
    <message>
        <source>Train thread (%1)</source>
        <translation>Entrenar thread (%1)</translation>
    </message>
</context>
<context>
    <name>VerdictClusters</name>
    <message>
        <source>Near-duplicates of the posts flagged fake</source>
        <translation>Casi duplicados de las publicaciones marcadas como falsas</translation>
    </message>
    <message>
        <source>The same picture (perceptual hash within 7 bits) or the same wording (word-pair Jaccard 0.5 or more) elsewhere in the project, with what is known of each copy.</source>
        <translation>La misma imagen (hash perceptual a 7 bits o menos) o la misma redacción (Jaccard de pares de palabras de 0,5 o más) en otro lugar del proyecto, con lo que se sabe de cada copia.</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n near-duplicate(s)</source>
        <translation>
            <numerusform>%1 %2: %n casi duplicado</numerusform>
            <numerusform>%1 %2: %n casi duplicados</numerusform>
        </translation>
    </message>
    <message>
        <source> (more not shown)</source>
        <translation> (hay más sin mostrar)</translation>
    </message>
    <message>
        <source>post</source>
        <translation>publicación</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>match</source>
        <translation>coincidencia</translation>
    </message>
    <message>
        <source>what is known</source>
        <translation>lo que se sabe</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>fact check: %1</source>
        <translation>verificación: %1</translation>
    </message>
    <message>
        <source>same picture</source>
        <translation>misma imagen</translation>
    </message>
    <message>
        <source>same wording</source>
        <translation>misma redacción</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message numerus="yes">
        <source>CPU (%n thread(s))</source>
        <translation type="vanished">
            <numerusform>CPU (%n hilo)</numerusform>
            <numerusform>CPU (%n hilos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CPU (%n threads)</source>
        <translation>
            <numerusform>CPU (%n hilo de ejecución)</numerusform>
            <numerusform>CPU (%n hilos de ejecución)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::AnnotationEditor</name>
    <message>
        <source>Correct %1</source>
        <translation>Corregir %1</translation>
    </message>
    <message>
        <source>Gold annotations come from the dataset and are not removed; add a corrected span instead.</source>
        <translation>Las anotaciones de referencia vienen del conjunto de datos y no se eliminan; en su lugar, se puede añadir un fragmento corregido.</translation>
    </message>
    <message>
        <source>Accept all proposals</source>
        <translation>Aceptar todas las propuestas</translation>
    </message>
    <message>
        <source>Label item %1</source>
        <translation>Etiquetar el elemento como %1</translation>
    </message>
    <message>
        <source>Unlabel item %1</source>
        <translation>Quitar la etiqueta %1 del elemento</translation>
    </message>
</context>
<context>
    <name>candor::AnnotatorDialog</name>
    <message>
        <source>Annotator</source>
        <translation>Anotador/a</translation>
    </message>
    <message>
        <source>Every annotation you make keeps your name, so that a team&apos;s work can be merged and compared. The short id and the colour mark your annotations where space is short.</source>
        <translation>Cada anotación que haga guarda su nombre, para que el trabajo de un equipo se pueda fusionar y comparar. El identificador corto y el color marcan sus anotaciones donde falta espacio.</translation>
    </message>
    <message>
        <source>e.g. Ana López</source>
        <translation>p. ej., Ana López</translation>
    </message>
    <message>
        <source>e.g. AL</source>
        <translation>p. ej., AL</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Short id</source>
        <translation>Identificador corto</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Short id</source>
        <translation>&amp;Identificador corto</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Color</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Colour of your annotations</source>
        <translation>Color de sus anotaciones</translation>
    </message>
</context>
<context>
    <name>candor::ChartsPanel</name>
    <message>
        <source>&amp;Update</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Build the charts of the items the browser&apos;s filter lists, as a report would show them</source>
        <translation>Generar los gráficos de los elementos que lista el filtro del explorador, tal como los mostraría un informe</translation>
    </message>
    <message>
        <source>Chart:</source>
        <translation>Gráfico:</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Sin proyecto</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>The filtered items have no labels to chart</source>
        <translation>Los elementos filtrados no tienen etiquetas que representar</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>candor::ComputeActions</name>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>Preferences: %1; the engine uses the automatic choice</source>
        <translation>Preferencias: %1; el motor usa la elección automática</translation>
    </message>
    <message>
        <source>Models now run on %1</source>
        <translation>Los modelos se ejecutan ahora en %1</translation>
    </message>
</context>
<context>
    <name>candor::CurationPanel</name>
    <message>
        <source>Curated</source>
        <translation>Curada</translation>
    </message>
    <message>
        <source>Curated by %1</source>
        <translation>Curada por %1</translation>
    </message>
    <message>
        <source>(unnamed annotator)</source>
        <translation>(anotador/a sin nombre)</translation>
    </message>
    <message>
        <source>Gold (dataset)</source>
        <translation>De referencia (conjunto de datos)</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>&amp;Accept as curated</source>
        <translation>&amp;Aceptar como curada</translation>
    </message>
    <message>
        <source>C&amp;lear curation</source>
        <translation>&amp;Borrar la curación</translation>
    </message>
    <message>
        <source>&amp;Next disagreement</source>
        <translation>&amp;Siguiente desacuerdo</translation>
    </message>
    <message>
        <source>Label schema</source>
        <translation>Esquema de etiquetas</translation>
    </message>
    <message>
        <source>Version / label</source>
        <translation>Versión / etiqueta</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Versions to curate</source>
        <translation>Versiones que curar</translation>
    </message>
    <message>
        <source>Store the selected version as this item&apos;s curated annotations (undoable)</source>
        <translation>Guardar la versión elegida como las anotaciones curadas de este elemento (se puede deshacer)</translation>
    </message>
    <message>
        <source>Remove this item&apos;s curated annotations in this schema (undoable)</source>
        <translation>Quitar las anotaciones curadas de este elemento en este esquema (se puede deshacer)</translation>
    </message>
    <message>
        <source>Go to the next item where annotators disagree and nothing is curated yet (Ctrl+D)</source>
        <translation>Ir al siguiente elemento en que los anotadores discrepan y nada está curado aún (Ctrl+D)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n annotator(s))</source>
        <translation>
            <numerusform>%1 (%n anotador/a)</numerusform>
            <numerusform>%1 (%n anotadores)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing annotated on this item yet.</source>
        <translation>Nada anotado aún en este elemento.</translation>
    </message>
    <message>
        <source>No item shown.</source>
        <translation>Ningún elemento a la vista.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message>
        <source>post %1</source>
        <translation>publicación %1</translation>
    </message>
    <message>
        <source>whole item</source>
        <translation>todo el elemento</translation>
    </message>
    <message>
        <source>Settled. Accepting another version replaces the curated rows.</source>
        <translation>Resuelto. Aceptar otra versión sustituye las filas curadas.</translation>
    </message>
    <message>
        <source>Not curated yet: choose a version and accept it.</source>
        <translation type="vanished">Sin curar aún: elija una versión y acéptela.</translation>
    </message>
    <message>
        <source>Curate %1 from %2</source>
        <translation>Curar %1 desde %2</translation>
    </message>
    <message>
        <source>Clear curation</source>
        <translation>Borrar la curación</translation>
    </message>
    <message>
        <source>Accept &amp;ticked rows</source>
        <translation>Aceptar las filas &amp;marcadas</translation>
    </message>
    <message>
        <source>Merge: store the rows you ticked, from any versions, as this item&apos;s curated annotations (undoable)</source>
        <translation>Fusionar: guarda las filas marcadas, de cualquier versión, como las anotaciones curadas de este elemento (se puede deshacer)</translation>
    </message>
    <message>
        <source>Not curated yet: accept a version, or tick rows of several and accept those.</source>
        <translation>Aún sin curar: acepte una versión, o marque filas de varias y acéptelas.</translation>
    </message>
    <message>
        <source>%1 takes one answer per item or post: tick one of the differing answers</source>
        <translation>%1 admite una respuesta por elemento o publicación: marque solo una de las respuestas distintas</translation>
    </message>
    <message numerus="yes">
        <source>Curate %1 from %n ticked row(s)</source>
        <translation>
            <numerusform>Curar %1 a partir de %n fila marcada</numerusform>
            <numerusform>Curar %1 a partir de %n filas marcadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::DescribeJob</name>
    <message>
        <source>Describe the pictures of the current filter</source>
        <translation>Describir las imágenes del filtro actual</translation>
    </message>
    <message numerus="yes">
        <source>the descriptions of the %n picture(s) read before the cancel are kept</source>
        <translation>
            <numerusform>se conservan las descripciones de la %n imagen leída antes de cancelar</numerusform>
            <numerusform>se conservan las descripciones de las %n imágenes leídas antes de cancelar</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter lists no item: nothing to describe</source>
        <translation>El filtro no incluye ningún elemento: nada que describir</translation>
    </message>
    <message numerus="yes">
        <source>%n picture(s) described (%1 new, %2 ms each); %3 could not be read</source>
        <translation>
            <numerusform>%n imagen descrita (%1 nuevas, %2 ms cada una); %3 no se pudieron leer</numerusform>
            <numerusform>%n imágenes descritas (%1 nuevas, %2 ms cada una); %3 no se pudieron leer</numerusform>
        </translation>
    </message>
    <message>
        <source>No objects: the pretrained MobileNetV2 is not in the models folder</source>
        <translation>Sin objetos: el MobileNetV2 preentrenado no está en la carpeta de modelos</translation>
    </message>
    <message>
        <source>No faces: OpenCV&apos;s face cascade is not installed (Debian package opencv-data)</source>
        <translation>Sin caras: la cascada de caras de OpenCV no está instalada (paquete de Debian opencv-data)</translation>
    </message>
</context>
<context>
    <name>candor::EngineJobRunner</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>candor::ExportJob</name>
    <message>
        <source>Export %1 as %2</source>
        <translation>Exportar %1 como %2</translation>
    </message>
    <message>
        <source>%1: unknown export format &apos;%2&apos;</source>
        <translation>%1: formato de exportación desconocido &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Exporting to %1 as %2</source>
        <translation>Exportando a %1 como %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n record(s) written</source>
        <translation>
            <numerusform>%1: %n registro escrito</numerusform>
            <numerusform>%1: %n registros escritos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::ImportJob</name>
    <message>
        <source>Import %1</source>
        <translation>Importar %1</translation>
    </message>
    <message numerus="yes">
        <source>Import %n files</source>
        <translation>
            <numerusform>Importar %n archivo</numerusform>
            <numerusform>Importar %n archivos</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1: no importer recognises it</source>
        <translation type="vanished">Se omitió %1: ningún importador lo reconoce</translation>
    </message>
    <message>
        <source>Importing %1 as %2</source>
        <translation>Importando %1 como %2</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s) imported before the cancel are kept; the one under way was not written</source>
        <translation>
            <numerusform>Se conserva %n ruta importada antes de la cancelación; la que estaba en curso no se escribió</numerusform>
            <numerusform>Se conservan %n rutas importadas antes de la cancelación; la que estaba en curso no se escribió</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped %1</source>
        <translation>Omitido: %1</translation>
    </message>
</context>
<context>
    <name>candor::ItemBrowser</name>
    <message>
        <source>Items browser</source>
        <translation>Explorador de elementos</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Matching items</source>
        <translation>Elementos coincidentes</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) match</source>
        <translation>
            <numerusform>%n elemento coincide</numerusform>
            <numerusform>%n elementos coinciden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 items match</source>
        <translation>%1 elementos coinciden</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>contando…</translation>
    </message>
    <message>
        <source>Count failed: %1</source>
        <translation>Falló el recuento: %1</translation>
    </message>
</context>
<context>
    <name>candor::ItemFilterBar</name>
    <message>
        <source>(any)</source>
        <translation>(cualquiera)</translation>
    </message>
    <message>
        <source>Item filters</source>
        <translation>Filtros de elementos</translation>
    </message>
    <message>
        <source>Search text (full-text)…</source>
        <translation>Buscar en el texto (texto completo)…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Predicted label</source>
        <translation>Etiqueta predicha</translation>
    </message>
    <message>
        <source>Minimum score</source>
        <translation>Puntuación mínima</translation>
    </message>
    <message>
        <source>Maximum score</source>
        <translation>Puntuación máxima</translation>
    </message>
    <message>
        <source>Review status</source>
        <translation>Estado de revisión</translation>
    </message>
    <message>
        <source>unreviewed</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisado</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Anotador/a</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Partición</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>Filtros guardados</translation>
    </message>
    <message>
        <source>Filter name</source>
        <translation>Nombre del filtro</translation>
    </message>
    <message>
        <source>Name for the saved filter</source>
        <translation>Nombre para el filtro guardado</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Show or hide the filter fields</source>
        <translation>Mostrar u ocultar los campos del filtro</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Predicción</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardados</translation>
    </message>
    <message>
        <source>(saved filters)</source>
        <translation>(filtros guardados)</translation>
    </message>
    <message>
        <source>has a near-duplicate with a verdict</source>
        <translation>tiene un casi duplicado con veredicto</translation>
    </message>
    <message>
        <source>Near-duplicate with a verdict</source>
        <translation>Casi duplicado con veredicto</translation>
    </message>
    <message>
        <source>Items whose near-duplicate (same picture or wording) has a gold or human fake / real verdict or a fact check</source>
        <translation>Elementos cuyo casi duplicado (misma imagen o redacción) tiene un veredicto falso / real de referencia o humano, o una verificación</translation>
    </message>
    <message>
        <source>Near-duplicates</source>
        <translation>Casi duplicados</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) have a near-duplicate with a verdict</source>
        <translation>
            <numerusform>%n elemento tiene un casi duplicado con veredicto</numerusform>
            <numerusform>%n elementos tienen un casi duplicado con veredicto</numerusform>
        </translation>
    </message>
    <message>
        <source>annotators disagree</source>
        <translation>anotadores en desacuerdo</translation>
    </message>
    <message>
        <source>Only items where two annotators&apos; labels or spans of one schema differ</source>
        <translation>Solo los elementos en los que las etiquetas o los fragmentos de un mismo esquema difieren entre dos anotadores</translation>
    </message>
</context>
<context>
    <name>candor::ItemTableModel</name>
    <message>
        <source>reviewed</source>
        <translation>revisado</translation>
    </message>
    <message>
        <source>unreviewed</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>Humana</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Uncertainty</source>
        <translation>Incertidumbre</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Anotador/a</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>%L1+</source>
        <translation>%L1+</translation>
    </message>
    <message>
        <source>counting…</source>
        <translation>contando…</translation>
    </message>
    <message>
        <source>count failed</source>
        <translation>falló el recuento</translation>
    </message>
</context>
<context>
    <name>candor::ItemView</name>
    <message>
        <source>Item view</source>
        <translation>Vista del elemento</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Detalles del elemento</translation>
    </message>
    <message>
        <source>Bands under the text: solid = gold or accepted, edged = human, dashed = model proposal. Select text and press a technique key.</source>
        <translation>Bandas bajo el texto: continua = referencia o aceptada, con borde = humana, discontinua = propuesta del modelo. Para anotar, seleccionar texto y pulsar la tecla de una técnica.</translation>
    </message>
    <message>
        <source>Item view tools</source>
        <translation>Herramientas de la vista del elemento</translation>
    </message>
    <message>
        <source>%1 [%2, %3) selected: A accepts, X rejects, Del removes, a technique key relabels</source>
        <translation>%1 [%2, %3) seleccionado: A acepta, X rechaza, Supr elimina, la tecla de una técnica lo reetiqueta</translation>
    </message>
    <message>
        <source>Gold</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Show gold spans from the dataset</source>
        <translation>Mostrar los fragmentos de referencia del conjunto de datos</translation>
    </message>
    <message>
        <source>Human</source>
        <translation>Humana</translation>
    </message>
    <message>
        <source>Show spans made by annotators</source>
        <translation>Mostrar los fragmentos marcados por anotadores</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Show the model&apos;s proposals</source>
        <translation>Mostrar las propuestas del modelo</translation>
    </message>
    <message>
        <source>Accept span</source>
        <translation>Aceptar fragmento</translation>
    </message>
    <message>
        <source>Reject span</source>
        <translation>Rechazar fragmento</translation>
    </message>
    <message>
        <source>Delete span</source>
        <translation>Eliminar fragmento</translation>
    </message>
    <message>
        <source>Accept all proposals</source>
        <translation>Aceptar todas las propuestas</translation>
    </message>
    <message>
        <source>Label selection…</source>
        <translation>Etiquetar la selección…</translation>
    </message>
    <message>
        <source>Next span</source>
        <translation>Fragmento siguiente</translation>
    </message>
    <message>
        <source>Previous span</source>
        <translation>Fragmento anterior</translation>
    </message>
    <message>
        <source>Span start left</source>
        <translation>Inicio del fragmento a la izquierda</translation>
    </message>
    <message>
        <source>Span start right</source>
        <translation>Inicio del fragmento a la derecha</translation>
    </message>
    <message>
        <source>Span end left</source>
        <translation>Fin del fragmento a la izquierda</translation>
    </message>
    <message>
        <source>Span end right</source>
        <translation>Fin del fragmento a la derecha</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 / %4%5%6</source>
        <translation>#%1 · %2 · %3 / %4%5%6</translation>
    </message>
    <message>
        <source> · %1</source>
        <translation> · %1</translation>
    </message>
    <message>
        <source>Added %1 [%2, %3)</source>
        <translation>Se añadió %1 [%2, %3)</translation>
    </message>
    <message>
        <source>Select text or a span first</source>
        <translation>Primero hay que seleccionar texto o un fragmento</translation>
    </message>
    <message>
        <source>Select a model span to accept</source>
        <translation>Seleccionar un fragmento del modelo para aceptarlo</translation>
    </message>
    <message>
        <source>Select a model span to reject</source>
        <translation>Seleccionar un fragmento del modelo para rechazarlo</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n proposal(s)</source>
        <translation>
            <numerusform>Se aceptó %n propuesta</numerusform>
            <numerusform>Se aceptaron %n propuestas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1	%2</source>
        <translation>%1	%2</translation>
    </message>
</context>
<context>
    <name>candor::Job</name>
    <message>
        <source>nothing was written</source>
        <translation>no se escribió nada</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
</context>
<context>
    <name>candor::JobListModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>cancelling…</source>
        <translation>cancelando…</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>terminado</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>falló: %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Trabajo</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>candor::JobsPanel</name>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Job list</source>
        <translation>Lista de trabajos</translation>
    </message>
    <message>
        <source>Cancel job</source>
        <translation>Cancelar trabajo</translation>
    </message>
    <message>
        <source>Cancel the selected job, or the newest running one</source>
        <translation>Cancelar el trabajo seleccionado o, si no hay ninguno, el último en curso</translation>
    </message>
    <message>
        <source>Clear ended</source>
        <translation>Quitar terminados</translation>
    </message>
</context>
<context>
    <name>candor::LabelListModel</name>
    <message>
        <source>%1  [%2]</source>
        <translation>%1  [%2]</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>model probability %1%</source>
        <translation>probabilidad del modelo %1%</translation>
    </message>
</context>
<context>
    <name>candor::LabelTable</name>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Tecla</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anotaciones</translation>
    </message>
    <message>
        <source>Labels of the schema</source>
        <translation>Etiquetas del esquema</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>retirada</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <source>Annotations that use the label; a used label can be retired, not deleted</source>
        <translation>Anotaciones que usan la etiqueta; una etiqueta usada se puede retirar, no eliminar</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>etiqueta %1</translation>
    </message>
</context>
<context>
    <name>candor::LabelsPanel</name>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Span label schema</source>
        <translation>Esquema de etiquetas de fragmentos</translation>
    </message>
    <message>
        <source>Item label schema</source>
        <translation>Esquema de etiquetas de elementos</translation>
    </message>
    <message>
        <source>Span techniques</source>
        <translation>Técnicas en fragmentos</translation>
    </message>
    <message>
        <source>Item labels</source>
        <translation>Etiquetas del elemento</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>Progreso de la revisión</translation>
    </message>
    <message>
        <source>Span techniques (select text, press the key or double-click)</source>
        <translation>Técnicas en fragmentos (seleccionar texto y pulsar la tecla o hacer doble clic)</translation>
    </message>
    <message>
        <source>Item labels (bars: model probability)</source>
        <translation>Etiquetas del elemento (barras: probabilidad del modelo)</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>No human annotations yet.</source>
        <translation>Todavía no hay anotaciones humanas.</translation>
    </message>
    <message>
        <source>Annotated by: %1</source>
        <translation>Anotado por: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %n item(s)</source>
        <translation>
            <numerusform>%1: %2 de %n elemento</numerusform>
            <numerusform>%1: %2 de %n elementos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::MainWindow</name>
    <message>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Item counts</source>
        <translation>Recuento de elementos</translation>
    </message>
    <message>
        <source>Compute device</source>
        <translation>Dispositivo de cálculo</translation>
    </message>
    <message>
        <source>Running jobs</source>
        <translation>Trabajos en curso</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>%1 — Candor</source>
        <translation>%1 — Candor</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message>
        <source>Open or create a project first, then drop the files again.</source>
        <translation>Primero hay que abrir o crear un proyecto y después volver a soltar los archivos.</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1: falló: %2</translation>
    </message>
    <message>
        <source>%1 finished</source>
        <translation>%1: terminado</translation>
    </message>
    <message>
        <source>No unreviewed item left in this view</source>
        <translation>No quedan elementos sin revisar en esta vista</translation>
    </message>
    <message>
        <source>No unreviewed item has model proposals</source>
        <translation>Ningún elemento sin revisar tiene propuestas del modelo</translation>
    </message>
    <message>
        <source>No project</source>
        <translation>Sin proyecto</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n trabajo en curso</numerusform>
            <numerusform>%n trabajos en curso</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>&amp;Nuevo proyecto…</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>Nuevo proyecto</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>&amp;Abrir proyecto…</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Abrir proyecto</translation>
    </message>
    <message>
        <source>Open &amp;sample project</source>
        <translation>Abrir proyecto de &amp;ejemplo</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <source>Datasets (*.json *.jsonl *.ndjson *.csv *.tsv *.txt);;All files (*)</source>
        <translation>Conjuntos de datos (*.json *.jsonl *.ndjson *.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import &amp;folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <source>Import folder</source>
        <translation>Importar carpeta</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>Ce&amp;rrar proyecto</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation>&amp;Restablecer la disposición</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Next item</source>
        <translation>Elemento &amp;siguiente</translation>
    </message>
    <message>
        <source>&amp;Previous item</source>
        <translation>Elemento &amp;anterior</translation>
    </message>
    <message>
        <source>Next &amp;unreviewed</source>
        <translation>Siguiente sin re&amp;visar</translation>
    </message>
    <message>
        <source>Next most un&amp;certain</source>
        <translation>Siguiente más &amp;incierto</translation>
    </message>
    <message>
        <source>&amp;Find items…</source>
        <translation>&amp;Buscar elementos…</translation>
    </message>
    <message>
        <source>Focus item &amp;text</source>
        <translation>Ir al &amp;texto del elemento</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelos</translation>
    </message>
    <message>
        <source>&amp;Jobs</source>
        <translation>&amp;Trabajos</translation>
    </message>
    <message>
        <source>&amp;Cancel job</source>
        <translation>&amp;Cancelar trabajo</translation>
    </message>
    <message>
        <source>Cancel &amp;all jobs</source>
        <translation>Cancelar &amp;todos los trabajos</translation>
    </message>
    <message>
        <source>C&amp;lear ended jobs</source>
        <translation>&amp;Quitar trabajos terminados</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Candor</source>
        <translation>&amp;Acerca de Candor</translation>
    </message>
    <message>
        <source>About Candor</source>
        <translation>Acerca de Candor</translation>
    </message>
    <message>
        <source>&lt;b&gt;Candor %1&lt;/b&gt;&lt;p&gt;A workbench against online manipulation.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Candor %1&lt;/b&gt;&lt;p&gt;Un entorno de trabajo contra la manipulación en línea.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 of %L2 items</source>
        <translation>%1 de %L2 elementos</translation>
    </message>
    <message>
        <source>Stance &amp;keys…</source>
        <translation>&amp;Teclas de postura…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Format (every item, best annotation of each):</source>
        <translation>Formato (todos los elementos, la mejor anotación de cada uno):</translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation>Exportar como %1</translation>
    </message>
    <message>
        <source>%1 cancelled; %2</source>
        <translation>%1: cancelado; %2</translation>
    </message>
    <message>
        <source>Predictions of %1 now use version %2 (pinned)</source>
        <translation>Las predicciones de %1 usan ahora la versión %2 (fijada)</translation>
    </message>
    <message>
        <source>Predictions of %1 now use its newest version</source>
        <translation>Las predicciones de %1 usan ahora su versión más reciente</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Annotator</source>
        <translation>Anotador/a</translation>
    </message>
    <message>
        <source>No annotator</source>
        <translation>Sin anotador/a</translation>
    </message>
    <message>
        <source>Annotating as %1 (%2). Edit &gt; Annotator… changes it.</source>
        <translation>Anotando como %1 (%2). Editar &gt; Anotador/a… lo cambia.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Annotating as %1 (%2)</source>
        <translation>Anotando como %1 (%2)</translation>
    </message>
    <message>
        <source>Open the project to merge into first.</source>
        <translation>Abra primero el proyecto en el que se van a fusionar las anotaciones.</translation>
    </message>
    <message>
        <source>&amp;Merge annotations…</source>
        <translation>&amp;Fusionar anotaciones…</translation>
    </message>
    <message>
        <source>Merge annotations from a copy of this project</source>
        <translation>Fusionar anotaciones de una copia de este proyecto</translation>
    </message>
    <message>
        <source>&amp;Annotator…</source>
        <translation>&amp;Anotador/a…</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>Curation</source>
        <translation>Curación</translation>
    </message>
    <message>
        <source>No disagreement left to curate in this view</source>
        <translation>No queda ningún desacuerdo que curar en esta vista</translation>
    </message>
    <message>
        <source>Next &amp;disagreement to curate</source>
        <translation>Siguiente &amp;desacuerdo que curar</translation>
    </message>
    <message>
        <source>Label &amp;schemas…</source>
        <translation>&amp;Esquemas de etiquetas…</translation>
    </message>
    <message>
        <source>Open a project to edit its label schemas</source>
        <translation>Abra un proyecto para editar sus esquemas de etiquetas</translation>
    </message>
    <message>
        <source>Label schemas changed</source>
        <translation>Esquemas de etiquetas cambiados</translation>
    </message>
    <message>
        <source>Opened the team project %1 (working copy %2)</source>
        <translation>Abierto el proyecto de equipo %1 (copia de trabajo %2)</translation>
    </message>
    <message>
        <source>team project %1</source>
        <translation>proyecto de equipo %1</translation>
    </message>
    <message>
        <source>Open &amp;team project…</source>
        <translation>Abrir proyecto de e&amp;quipo…</translation>
    </message>
    <message>
        <source>Open team project</source>
        <translation>Abrir proyecto de equipo</translation>
    </message>
    <message>
        <source>The team project&apos;s address, as its administrator gave it:
postgresql://you@host/database (add ?sslmode=verify-full&amp;sslrootcert=FILE for TLS).
The password comes from your PGPASSFILE (~/.pgpass) or PGPASSWORD, never from the address.</source>
        <translation>La dirección del proyecto de equipo, tal como la dio su administrador:
postgresql://usted@servidor/base_de_datos (añada ?sslmode=verify-full&amp;sslrootcert=ARCHIVO para TLS).
La contraseña se toma de su PGPASSFILE (~/.pgpass) o PGPASSWORD, nunca de la dirección.</translation>
    </message>
    <message>
        <source>No item left that you have not annotated and nobody else is working on</source>
        <translation>No queda ningún elemento que usted no haya anotado y en el que no trabaje nadie más</translation>
    </message>
    <message>
        <source>Item %1 is yours for %2 minutes: the team is served other items</source>
        <translation>El elemento %1 es suyo durante %2 minutos: al resto del equipo se le sirven otros</translation>
    </message>
    <message>
        <source>%1 (team login)</source>
        <translation>%1 (usuario del equipo)</translation>
    </message>
    <message>
        <source>On this team project your annotations carry your server login, %1, whatever the profile says.</source>
        <translation>En este proyecto de equipo sus anotaciones llevan su usuario del servidor, %1, diga lo que diga el perfil.</translation>
    </message>
    <message>
        <source>Not listening for the team&apos;s changes: %1</source>
        <translation>No se escuchan los cambios del equipo: %1</translation>
    </message>
    <message>
        <source>The team project&apos;s content or schemas changed on the server: open it again to bring them in.</source>
        <translation>El contenido o los esquemas del proyecto de equipo cambiaron en el servidor: vuelva a abrirlo para incorporarlos.</translation>
    </message>
    <message numerus="yes">
        <source>Took in %n change(s) from the team.</source>
        <translation>
            <numerusform>Se incorporó %n cambio del equipo.</numerusform>
            <numerusform>Se incorporaron %n cambios del equipo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Team project: %1</source>
        <translation>Proyecto de equipo: %1</translation>
    </message>
</context>
<context>
    <name>candor::MemeImageView</name>
    <message>
        <source>Meme image</source>
        <translation>Imagen del meme</translation>
    </message>
    <message>
        <source>Wheel or +/- zoom, 0 fits, drag pans; click a word or Shift+drag a region to select its text</source>
        <translation>Rueda o +/- para el zoom, 0 para ajustar, arrastrar para desplazar; clic en una palabra o Mayús+arrastrar sobre una región para seleccionar su texto</translation>
    </message>
    <message>
        <source>The meme&apos;s picture, with the model&apos;s heatmap over it when one is shown. The caption is the item text below; words and regions picked here select it there.</source>
        <translation>La imagen del meme, con el mapa de calor del modelo encima cuando se muestra uno. El texto del meme es el texto del elemento que aparece debajo; las palabras y regiones elegidas aquí lo seleccionan allí.</translation>
    </message>
</context>
<context>
    <name>candor::MemeMapService</name>
    <message>
        <source>no project is open</source>
        <translation>no hay ningún proyecto abierto</translation>
    </message>
    <message>
        <source>the job could not start</source>
        <translation>no se pudo iniciar el trabajo</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>candor::MemeView</name>
    <message>
        <source>Meme view</source>
        <translation>Vista del meme</translation>
    </message>
    <message>
        <source>Meme tools</source>
        <translation>Herramientas del meme</translation>
    </message>
    <message>
        <source>Heatmap</source>
        <translation>Mapa de calor</translation>
    </message>
    <message>
        <source>Show where the model looks: the caption&apos;s attention over the image grid, or the Grad-CAM of the technique picked beside</source>
        <translation>Mostrar dónde mira el modelo: la atención del texto del meme sobre la cuadrícula de la imagen, o el Grad-CAM de la técnica elegida al lado</translation>
    </message>
    <message>
        <source>Heatmap technique</source>
        <translation>Técnica del mapa de calor</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Opacidad</translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation>Opacidad del mapa de calor</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom in (+ or the wheel over the image)</source>
        <translation>Acercar (+ o la rueda sobre la imagen)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Alejar (-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole image (0)</source>
        <translation>Mostrar la imagen completa (0)</translation>
    </message>
    <message>
        <source>Save overlay as PNG…</source>
        <translation>Guardar la superposición como PNG…</translation>
    </message>
    <message>
        <source>Save PNG…</source>
        <translation>Guardar PNG…</translation>
    </message>
    <message>
        <source>Save the image with the heatmap and highlights as PNG</source>
        <translation>Guardar la imagen con el mapa de calor y los resaltados como PNG</translation>
    </message>
    <message>
        <source>Heatmap state</source>
        <translation>Estado del mapa de calor</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>elemento %1</translation>
    </message>
    <message>
        <source>Model version %1 (%2)</source>
        <translation>Versión del modelo %1 (%2)</translation>
    </message>
    <message>
        <source>Train a %1 model with images to see heatmaps</source>
        <translation>Para ver mapas de calor, hay que entrenar un modelo %1 con imágenes</translation>
    </message>
    <message>
        <source>Attention (caption → image)</source>
        <translation>Atención (texto → imagen)</translation>
    </message>
    <message>
        <source>Grad-CAM: %1 (p %2)</source>
        <translation>Grad-CAM: %1 (p %2)</translation>
    </message>
    <message>
        <source>Grad-CAM: %1</source>
        <translation>Grad-CAM: %1</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>calculando…</translation>
    </message>
    <message>
        <source>no stored map</source>
        <translation>no hay ningún mapa guardado</translation>
    </message>
    <message>
        <source>map failed</source>
        <translation>falló el mapa</translation>
    </message>
    <message>
        <source>Heatmap of item %1: %2</source>
        <translation>Mapa de calor del elemento %1: %2</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>No se pudo escribir %1</translation>
    </message>
    <message>
        <source>Saved the overlay of item %1 to %2</source>
        <translation>Se guardó la superposición del elemento %1 en %2</translation>
    </message>
    <message>
        <source>Save overlay as PNG</source>
        <translation>Guardar la superposición como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>candor::MergeJob</name>
    <message>
        <source>Merge annotations of %1</source>
        <translation>Fusionar anotaciones de %1</translation>
    </message>
    <message numerus="yes">
        <source>Merge annotations of %n file(s)</source>
        <translation>
            <numerusform>Fusionar anotaciones de %n archivo</numerusform>
            <numerusform>Fusionar anotaciones de %n archivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) added</source>
        <translation>
            <numerusform>%1: %n fila añadida</numerusform>
            <numerusform>%1: %n filas añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s) already present</source>
        <translation>
            <numerusform>%n respuesta ya presente</numerusform>
            <numerusform>%n respuestas ya presentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflicto</numerusform>
            <numerusform>%n conflictos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) missing here</source>
        <translation>
            <numerusform>%n elemento que falta aquí</numerusform>
            <numerusform>%n elementos que faltan aquí</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflict: %1 answered %2/%3 in %4 differently: here %5, there %6</source>
        <translation>Conflicto: %1 respondió de forma distinta a %2/%3 en %4: aquí %5, allí %6</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Items not in this project: %1</source>
        <translation>Elementos que no están en este proyecto: %1</translation>
    </message>
</context>
<context>
    <name>candor::ModelActions</name>
    <message>
        <source>Active &amp;task</source>
        <translation>&amp;Tarea activa</translation>
    </message>
    <message>
        <source>&amp;Train…</source>
        <translation>&amp;Entrenar…</translation>
    </message>
    <message>
        <source>&amp;Retrain with the last settings</source>
        <translation>&amp;Reentrenar con la última configuración</translation>
    </message>
    <message>
        <source>Predict current &amp;item</source>
        <translation>Predecir el elemento a&amp;ctual</translation>
    </message>
    <message>
        <source>Predict current &amp;filter</source>
        <translation>Predecir el &amp;filtro actual</translation>
    </message>
    <message>
        <source>Predict &amp;all items</source>
        <translation>Predecir t&amp;odos los elementos</translation>
    </message>
    <message>
        <source>&amp;Evaluate on dev</source>
        <translation>E&amp;valuar en validación</translation>
    </message>
    <message>
        <source>No model version for task %1 yet: train one first (Models &gt; Train…)</source>
        <translation>Todavía no hay ninguna versión del modelo para la tarea %1: antes hay que entrenar una (Modelos &gt; Entrenar…)</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>Entrenamiento de %1</translation>
    </message>
    <message>
        <source>Training %1: %2</source>
        <translation>Entrenamiento de %1: %2</translation>
    </message>
    <message>
        <source>Retrain: the last version&apos;s settings are unreadable (%1); using the defaults</source>
        <translation type="vanished">Reentrenar: no se puede leer la configuración de la última versión (%1); se usan los valores predeterminados</translation>
    </message>
    <message>
        <source>Dev metrics of version %1: %2</source>
        <translation>Métricas de validación de la versión %1: %2</translation>
    </message>
    <message>
        <source>Dev metrics of the previous version %1: %2</source>
        <translation>Métricas de validación de la versión anterior %1: %2</translation>
    </message>
    <message>
        <source>Model trained</source>
        <translation>Modelo entrenado</translation>
    </message>
    <message>
        <source>Version %1 of %2 is trained.

Dev: %3
%4
Predict all items with it now? Proposals never replace human annotations.</source>
        <translation>La versión %1 de %2 está entrenada.

Validación: %3
%4
¿Predecir ahora todos los elementos con ella? Las propuestas nunca sustituyen a las anotaciones humanas.</translation>
    </message>
    <message>
        <source>Previous version %1: %2
</source>
        <translation>Versión anterior %1: %2
</translation>
    </message>
    <message>
        <source>all items</source>
        <translation>todos los elementos</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>elemento %1</translation>
    </message>
    <message numerus="yes">
        <source>%n filtered item(s)</source>
        <translation>
            <numerusform>%n elemento filtrado</numerusform>
            <numerusform>%n elementos filtrados</numerusform>
        </translation>
    </message>
    <message>
        <source>Evaluation of %1 on dev (%2 items): %3</source>
        <translation type="vanished">Evaluación de %1 en validación (%2 elementos): %3</translation>
    </message>
    <message>
        <source>open a project first</source>
        <translation>antes hay que abrir un proyecto</translation>
    </message>
    <message>
        <source>Train a new version of %1 with the last version&apos;s settings</source>
        <translation>Entrenar una nueva versión de %1 con la configuración de la última versión</translation>
    </message>
    <message>
        <source>Cannot train %1: %2</source>
        <translation>No se puede entrenar %1: %2</translation>
    </message>
    <message>
        <source>Retrain: the last version started from a pretrained tokenizer, which is not stored with it; this run trains its own (Models &gt; Train… to choose)</source>
        <translation type="vanished">Reentrenar: la última versión partió de un tokenizador preentrenado, que no se guarda con ella; esta ejecución entrena uno propio (para elegir: Modelos &gt; Entrenar…)</translation>
    </message>
    <message>
        <source>the current filter</source>
        <translation>el filtro actual</translation>
    </message>
    <message>
        <source>&amp;OCR current filter</source>
        <translation>&amp;OCR del filtro actual</translation>
    </message>
    <message>
        <source>Read the text of the filtered memes&apos; images with Tesseract and store the word boxes</source>
        <translation>Leer con Tesseract el texto de las imágenes de los memes filtrados y guardar los recuadros de las palabras</translation>
    </message>
    <message>
        <source>Retrain: %1</source>
        <translation>Reentrenar: %1</translation>
    </message>
    <message>
        <source>Predictions of %1 still use the pinned version %2 (Models dock: Follow the latest)</source>
        <translation>Las predicciones de %1 siguen usando la versión fijada %2 (panel Modelos: Seguir la más reciente)</translation>
    </message>
    <message>
        <source>Predict %1 (%2)</source>
        <translation>Predecir %1 (%2)</translation>
    </message>
    <message>
        <source>Weak model</source>
        <translation>Modelo débil</translation>
    </message>
    <message>
        <source>Model version %1 of %2 is no better than always giving the same answer:
%3

Its proposals would mislead annotators. Propose them anyway?</source>
        <translation>La versión de modelo %1 de %2 no es mejor que dar siempre la misma respuesta:
%3

Sus propuestas confundirían a los anotadores. ¿Proponerlas de todos modos?</translation>
    </message>
    <message>
        <source>&amp;Describe pictures of current filter</source>
        <translation>&amp;Describir las imágenes del filtro actual</translation>
    </message>
    <message>
        <source>Turn the filtered items&apos; pictures into structured text (OCR, objects, metadata, faces), shown in the verdict panel and read by post-veracity models</source>
        <translation>Convertir las imágenes de los elementos filtrados en texto estructurado (OCR, objetos, metadatos, caras), que muestra el panel de veredicto y leen los modelos de post-veracity</translation>
    </message>
</context>
<context>
    <name>candor::ModelVersionsPanel</name>
    <message>
        <source>Model versions</source>
        <translation>Versiones del modelo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Dev metrics</source>
        <translation>Métricas de validación</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Entrenada con</translation>
    </message>
    <message>
        <source>Use for predictions</source>
        <translation>Usar para predecir</translation>
    </message>
    <message>
        <source>Follow the latest</source>
        <translation>Seguir la más reciente</translation>
    </message>
    <message>
        <source>Predictions use</source>
        <translation>Usada al predecir</translation>
    </message>
    <message>
        <source>Predictions of this task use the selected version from now on (roll back to an older one); no version and no proposal is deleted</source>
        <translation>Las predicciones de esta tarea usan desde ahora la versión seleccionada (volver a una anterior); no se borra ninguna versión ni ninguna propuesta</translation>
    </message>
    <message>
        <source>Predictions of this task use its newest version again</source>
        <translation>Las predicciones de esta tarea vuelven a usar su versión más reciente</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>fijada</translation>
    </message>
    <message>
        <source>latest</source>
        <translation>más reciente</translation>
    </message>
    <message>
        <source>Select a version to pin it for its task&apos;s predictions.</source>
        <translation>Seleccionar una versión para fijarla en las predicciones de su tarea.</translation>
    </message>
    <message>
        <source>%1 predictions use the pinned version.</source>
        <translation>Las predicciones de %1 usan la versión fijada.</translation>
    </message>
    <message>
        <source>%1 predictions use its newest version.</source>
        <translation>Las predicciones de %1 usan su versión más reciente.</translation>
    </message>
</context>
<context>
    <name>candor::OcrJob</name>
    <message>
        <source>OCR of the current filter</source>
        <translation>OCR del filtro actual</translation>
    </message>
    <message numerus="yes">
        <source>the %n image(s) read before the cancel are kept</source>
        <translation>
            <numerusform>se conserva %n imagen leída antes de cancelar</numerusform>
            <numerusform>se conservan las %n imágenes leídas antes de cancelar</numerusform>
        </translation>
    </message>
    <message>
        <source>The filter lists no meme with an image: nothing to read</source>
        <translation type="vanished">El filtro no incluye ningún meme con imagen: no hay nada que leer</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n meme image(s) with Tesseract (%1)</source>
        <translation type="vanished">
            <numerusform>Leyendo %n imagen de meme con Tesseract (%1)</numerusform>
            <numerusform>Leyendo %n imágenes de memes con Tesseract (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>OCR read %1 image(s): %2 got text, %3 have words linked to their text; %4 ms per image</source>
        <translation>El OCR leyó %1 imagen(es): %2 recibieron texto, %3 tienen palabras enlazadas a su texto; %4 ms por imagen</translation>
    </message>
    <message>
        <source>The filter lists no meme or post with an image: nothing to read</source>
        <translation>El filtro no incluye ningún meme ni publicación con imagen: no hay nada que leer</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n image(s) with Tesseract (%1)</source>
        <translation>
            <numerusform>Leyendo %n imagen con Tesseract (%1)</numerusform>
            <numerusform>Leyendo %n imágenes con Tesseract (%1)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>candor::PredictTextTaskJob</name>
    <message>
        <source>The filter lists no items: nothing to predict</source>
        <translation type="vanished">El filtro no incluye ningún elemento: no hay nada que predecir</translation>
    </message>
</context>
<context>
    <name>candor::PreferencesDialog</name>
    <message>
        <source>Automatic (a GPU when one is found, else the CPU)</source>
        <translation>Automático (una GPU si se encuentra, si no la CPU)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>GPU %1 (CUDA)</source>
        <translation>GPU %1 (CUDA)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>CPU threads</source>
        <translation>Hilos de CPU</translation>
    </message>
    <message numerus="yes">
        <source>All cores (%n)</source>
        <translation>
            <numerusform>Todos los núcleos (%n)</numerusform>
            <numerusform>Todos los núcleos (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Training, prediction and evaluation started from now on use these settings; a job already running keeps its own. The command line takes --device and --threads.</source>
        <translation type="vanished">El entrenamiento, la predicción y la evaluación que se inicien a partir de ahora usan estos ajustes; un trabajo ya en curso conserva los suyos. La línea de órdenes acepta --device y --threads.</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Dispositivo</translation>
    </message>
    <message>
        <source>CPU &amp;threads</source>
        <translation>&amp;Hilos de CPU</translation>
    </message>
    <message>
        <source>%1 (not found now)</source>
        <translation>%1 (no encontrado ahora)</translation>
    </message>
    <message>
        <source>Largest batch</source>
        <translation>Lote máximo</translation>
    </message>
    <message>
        <source>As each model&apos;s settings say</source>
        <translation>El que indique la configuración de cada modelo</translation>
    </message>
    <message>
        <source> examples</source>
        <translation> ejemplos</translation>
    </message>
    <message>
        <source>The most examples a model trains or predicts with at once. Lower it when a GPU runs out of memory; a training that runs out retries at half its batch by itself.</source>
        <translation>El máximo de ejemplos con que un modelo entrena o predice a la vez. Redúzcalo cuando una GPU se quede sin memoria; un entrenamiento que se quede sin memoria vuelve a intentarlo por sí solo con la mitad del lote.</translation>
    </message>
    <message>
        <source>Training, prediction and evaluation started from now on use these settings; a job already running keeps its own. The command line takes --device, --threads and --batch-limit.</source>
        <translation>El entrenamiento, la predicción y la evaluación que se inicien a partir de ahora usan estos ajustes; un trabajo ya en curso conserva los suyos. La línea de órdenes acepta --device, --threads y --batch-limit.</translation>
    </message>
    <message>
        <source>Largest &amp;batch</source>
        <translation>&amp;Lote máximo</translation>
    </message>
</context>
<context>
    <name>candor::ReportActions</name>
    <message>
        <source>&amp;Report…</source>
        <translation>In&amp;forme…</translation>
    </message>
    <message>
        <source>An analyst&apos;s report of the current filter: HTML or PDF, with charts</source>
        <translation>Un informe para analistas del filtro actual: HTML o PDF, con gráficos</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>HTML page (*.html);;PDF document (*.pdf)</source>
        <translation>Página HTML (*.html);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report written: %1 (%2)</source>
        <translation>Se escribió el informe: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>candor::ReportFiguresJob</name>
    <message>
        <source>Charts of %1</source>
        <translation>Gráficos de %1</translation>
    </message>
</context>
<context>
    <name>candor::SampleProjectJob</name>
    <message>
        <source>Build sample project</source>
        <translation>Crear el proyecto de ejemplo</translation>
    </message>
</context>
<context>
    <name>candor::SchemaEditorDialog</name>
    <message>
        <source>&amp;Add label</source>
        <translation>&amp;Añadir etiqueta</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>C&amp;olor…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Copy…</source>
        <translation>&amp;Copiar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Label schemas</source>
        <translation>Esquemas de etiquetas</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revertir</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Offered as</source>
        <translation>Se ofrece como</translation>
    </message>
    <message>
        <source>Item labels and spans</source>
        <translation>Etiquetas de elemento y fragmentos</translation>
    </message>
    <message>
        <source>Item labels</source>
        <translation>Etiquetas del elemento</translation>
    </message>
    <message>
        <source>Spans</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>Built-in schemas are read-only: Copy… makes one you can edit.</source>
        <translation>Los esquemas incorporados son de solo lectura: Copiar… crea uno que puede editar.</translation>
    </message>
    <message>
        <source>Schema check</source>
        <translation>Comprobación del esquema</translation>
    </message>
    <message>
        <source>De&amp;scription:</source>
        <translation>De&amp;scripción:</translation>
    </message>
    <message>
        <source>O&amp;ffered as:</source>
        <translation>Se o&amp;frece como:</translation>
    </message>
    <message>
        <source>Name of the schema:</source>
        <translation>Nombre del esquema:</translation>
    </message>
    <message>
        <source>Label schemas (*.json *.xml);;All files (*)</source>
        <translation type="vanished">Esquemas de etiquetas (*.json *.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export label schema</source>
        <translation>Exportar esquema de etiquetas</translation>
    </message>
    <message>
        <source>Import label schema</source>
        <translation>Importar esquema de etiquetas</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The schema %1 has changes that are not saved. Discard them?</source>
        <translation>El esquema %1 tiene cambios sin guardar. ¿Descartarlos?</translation>
    </message>
    <message>
        <source>Label colour</source>
        <translation>Color de la etiqueta</translation>
    </message>
    <message>
        <source>New label schema</source>
        <translation>Nuevo esquema de etiquetas</translation>
    </message>
    <message>
        <source>Copy label schema</source>
        <translation>Copiar esquema de etiquetas</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>copia de %1</translation>
    </message>
    <message>
        <source>%1 (built-in)</source>
        <translation>%1 (incorporado)</translation>
    </message>
    <message>
        <source>Label %1 “%2”: </source>
        <translation>Etiqueta %1 «%2»: </translation>
    </message>
    <message>
        <source>Error:</source>
        <translation>Error:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Aviso:</translation>
    </message>
    <message>
        <source>No problems: keys are distinct and colours readable.</source>
        <translation>Sin problemas: las teclas son distintas y los colores legibles.</translation>
    </message>
    <message>
        <source>label 1</source>
        <translation>etiqueta 1</translation>
    </message>
    <message>
        <source>Copy of %1: %2</source>
        <translation>Copia de %1: %2</translation>
    </message>
    <message>
        <source>Re&amp;move label</source>
        <translation>&amp;Quitar etiqueta</translation>
    </message>
    <message>
        <source>Remove the selected label; one that annotations use can only be retired</source>
        <translation>Quita la etiqueta seleccionada; una que usan anotaciones solo se puede retirar</translation>
    </message>
    <message>
        <source>Label schemas (*.json *.xml *.conf);;All files (*)</source>
        <translation>Esquemas de etiquetas (*.json *.xml *.conf);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>candor::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Atajos</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Shift+Arrows, Shift+Ctrl+Arrows</source>
        <translation>Mayús+Flechas, Mayús+Ctrl+Flechas</translation>
    </message>
    <message>
        <source>Select text in the item view (keyboard-only annotation)</source>
        <translation>Seleccionar texto en la vista del elemento (anotación solo con el teclado)</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Deselect the selected span</source>
        <translation>Deseleccionar el fragmento seleccionado</translation>
    </message>
    <message>
        <source>Label the selection (or relabel the selected span): %1</source>
        <translation>Etiquetar la selección (o reetiquetar el fragmento seleccionado): %1</translation>
    </message>
    <message>
        <source>Up, Down (items table)</source>
        <translation>Arriba, Abajo (tabla de elementos)</translation>
    </message>
    <message>
        <source>Walk the items; span keys (technique keys, A, X, Del, &apos;.&apos;, &apos;,&apos;, Alt+arrows) act on the item view from the table as well</source>
        <translation>Recorrer los elementos; las teclas de fragmentos (teclas de técnica, A, X, Supr, &apos;.&apos;, &apos;,&apos;, Alt+flechas) también actúan sobre la vista del elemento desde la tabla</translation>
    </message>
    <message>
        <source>+, -, 0, Arrows (meme image)</source>
        <translation>+, -, 0, Flechas (imagen del meme)</translation>
    </message>
    <message>
        <source>Zoom the meme image in, out, fit it to the view, pan it</source>
        <translation>Acercar o alejar la imagen del meme, ajustarla a la vista, desplazarla</translation>
    </message>
</context>
<context>
    <name>candor::SimilarItemsList</name>
    <message>
        <source>image, %1/64 bits apart</source>
        <translation>imagen, a %1/64 bits</translation>
    </message>
    <message>
        <source>text, %1% alike</source>
        <translation>texto, %1% parecido</translation>
    </message>
    <message>
        <source>gold</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>human</source>
        <translation>humana</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>Similar items</source>
        <translation>Elementos similares</translation>
    </message>
    <message>
        <source>Similar item</source>
        <translation>Elemento similar</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>No near-duplicates in this project</source>
        <translation>No hay casi duplicados en este proyecto</translation>
    </message>
    <message>
        <source>#%1 · %2</source>
        <translation>#%1 · %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>fact check: %1</source>
        <translation>verificación: %1</translation>
    </message>
</context>
<context>
    <name>candor::SpanTextView</name>
    <message>
        <source>gold</source>
        <translation>referencia</translation>
    </message>
    <message>
        <source>human</source>
        <translation>humana</translation>
    </message>
    <message>
        <source>human (%1)</source>
        <translation>humana (%1)</translation>
    </message>
    <message>
        <source>model, score %1</source>
        <translation>modelo, puntuación %1</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modelo</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>propuesta</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>rechazada</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>ignorada</translation>
    </message>
    <message>
        <source>Item text with technique spans</source>
        <translation>Texto del elemento con fragmentos de técnicas</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2, %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2, %3</translation>
    </message>
    <message>
        <source>No technique spans</source>
        <translation>No hay fragmentos de técnicas</translation>
    </message>
    <message>
        <source>%1 on &quot;%2&quot; (%3, %4)</source>
        <translation>%1 en &quot;%2&quot; (%3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n technique span(s): </source>
        <translation>
            <numerusform>%n fragmento de técnica: </numerusform>
            <numerusform>%n fragmentos de técnicas: </numerusform>
        </translation>
    </message>
    <message>
        <source>curated</source>
        <translation>curada</translation>
    </message>
    <message>
        <source>curated (%1)</source>
        <translation>curada (%1)</translation>
    </message>
</context>
<context>
    <name>candor::StanceKeysDialog</name>
    <message>
        <source>Stance keys</source>
        <translation>Teclas de postura</translation>
    </message>
    <message>
        <source>&amp;Support</source>
        <translation>&amp;Apoyo</translation>
    </message>
    <message>
        <source>&amp;Deny</source>
        <translation>&amp;Negación</translation>
    </message>
    <message>
        <source>&amp;Query</source>
        <translation>&amp;Pregunta</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation>&amp;Comentario</translation>
    </message>
    <message>
        <source>Key for the stance %1</source>
        <translation>Tecla para la postura %1</translation>
    </message>
    <message>
        <source>Key conflicts</source>
        <translation>Conflictos de teclas</translation>
    </message>
    <message>
        <source>The keys give the current reply of a thread a human stance. Click a field and press the new key.</source>
        <translation>Las teclas asignan una postura humana a la respuesta actual de un hilo. Para cambiar una, hacer clic en su campo y pulsar la nueva tecla.</translation>
    </message>
    <message>
        <source>%1 has no key.</source>
        <translation>%1 no tiene tecla.</translation>
    </message>
    <message>
        <source>%1 is both %2 and %3.</source>
        <translation>%1 es a la vez %2 y %3.</translation>
    </message>
    <message>
        <source>%1 (%2) is already &quot;%3&quot;.</source>
        <translation>%1 (%2) ya está asignada a &quot;%3&quot;.</translation>
    </message>
</context>
<context>
    <name>candor::StanceTimelineView</name>
    <message>
        <source>Reference stance (human, else gold)</source>
        <translation>Postura de referencia (humana o, si no hay, la del conjunto de datos)</translation>
    </message>
    <message>
        <source>Model stance</source>
        <translation>Postura del modelo</translation>
    </message>
    <message>
        <source>replies (cumulative)</source>
        <translation>respuestas (acumuladas)</translation>
    </message>
    <message>
        <source>attention</source>
        <translation>atención</translation>
    </message>
    <message>
        <source>model attention</source>
        <translation>atención del modelo</translation>
    </message>
    <message>
        <source>selected</source>
        <translation>seleccionada</translation>
    </message>
    <message>
        <source>Stances:</source>
        <translation>Posturas:</translation>
    </message>
    <message>
        <source>time since the source (%1)</source>
        <translation>tiempo desde la publicación original (%1)</translation>
    </message>
    <message>
        <source>Model stance over time</source>
        <translation>Postura del modelo a lo largo del tiempo</translation>
    </message>
    <message>
        <source>Stance over time</source>
        <translation>Postura a lo largo del tiempo</translation>
    </message>
    <message>
        <source>%1: cannot write the PNG file</source>
        <translation>%1: no se puede escribir el archivo PNG</translation>
    </message>
    <message>
        <source>%1: cannot write the SVG file</source>
        <translation>%1: no se puede escribir el archivo SVG</translation>
    </message>
    <message>
        <source>Wheel: zoom the time axis around the pointer; click a point to select its reply</source>
        <translation>Rueda: zoom del eje temporal alrededor del puntero; clic en un punto para seleccionar su respuesta</translation>
    </message>
    <message>
        <source>Whole thread</source>
        <translation>Hilo completo</translation>
    </message>
    <message>
        <source>Show the whole time range again after zooming</source>
        <translation>Volver a mostrar todo el intervalo de tiempo después del zoom</translation>
    </message>
    <message>
        <source>Stance timeline</source>
        <translation>Cronología de posturas</translation>
    </message>
    <message>
        <source>Cumulative replies per stance over the thread&apos;s time, and the model&apos;s attention per reply</source>
        <translation>Respuestas acumuladas por postura a lo largo del hilo, y atención del modelo a cada respuesta</translation>
    </message>
</context>
<context>
    <name>candor::TeamProjectJob</name>
    <message>
        <source>Open team project %1</source>
        <translation>Abrir proyecto de equipo %1</translation>
    </message>
</context>
<context>
    <name>candor::ThreadTreeModel</name>
    <message>
        <source>Post</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Postura</translation>
    </message>
</context>
<context>
    <name>candor::ThreadView</name>
    <message>
        <source>(no answer)</source>
        <translation>(sin veredicto)</translation>
    </message>
    <message>
        <source>Veracity:</source>
        <translation>Veracidad:</translation>
    </message>
    <message>
        <source>%1 answer</source>
        <translation>veredicto (%1)</translation>
    </message>
    <message>
        <source>model: %1 (%2)</source>
        <translation>modelo: %1 (%2)</translation>
    </message>
    <message>
        <source>Thread posts and their stances</source>
        <translation>Publicaciones del hilo y sus posturas</translation>
    </message>
    <message>
        <source>Stance of the current reply (thread view): %1</source>
        <translation>Postura de la respuesta actual (vista del hilo): %1</translation>
    </message>
</context>
<context>
    <name>candor::TrainDialog</name>
    <message>
        <source>Transformer encoder</source>
        <translation>Codificador Transformer</translation>
    </message>
    <message>
        <source>N-gram baseline</source>
        <translation>Línea base de n-gramas</translation>
    </message>
    <message>
        <source>Train a text model</source>
        <translation type="vanished">Entrenar un modelo de texto</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Language (narrative)</source>
        <translation type="vanished">Idioma (narrativa)</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation type="vanished">Épocas</translation>
    </message>
    <message>
        <source>Encoder layers</source>
        <translation>Capas del codificador</translation>
    </message>
    <message>
        <source>Trains on the train split with gold labels, where human-confirmed annotations override gold; the dev split picks the candidate and the thresholds. The new version appears in the Models dock.</source>
        <translation type="vanished">Entrena con la partición de entrenamiento y sus etiquetas de referencia (las anotaciones confirmadas por humanos tienen prioridad sobre ellas); la partición de validación elige el candidato y los umbrales. La nueva versión aparece en el panel Modelos.</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Entrenar</translation>
    </message>
    <message>
        <source>Train a model</source>
        <translation>Entrenar un modelo</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>English and Spanish (one model)</source>
        <translation>Inglés y español (un solo modelo)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Epochs (at most)</source>
        <translation>Épocas (como máximo)</translation>
    </message>
    <message>
        <source>Trains on the train split with gold labels, where human-confirmed annotations override gold, and scores the dev split once at the end. The new version appears in the Models dock.</source>
        <translation>Entrena con la partición de entrenamiento y las etiquetas de referencia, que las anotaciones confirmadas por una persona reemplazan, y evalúa la partición de validación una sola vez al final. La nueva versión aparece en el panel Modelos.</translation>
    </message>
</context>
<context>
    <name>candor::TrainingChart</name>
    <message>
        <source>Training chart</source>
        <translation>Gráfico de entrenamiento</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>pérdida de entrenamiento</translation>
    </message>
    <message>
        <source>dev metric</source>
        <translation type="vanished">métrica de validación</translation>
    </message>
    <message>
        <source>step</source>
        <translation>paso</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>pérdida</translation>
    </message>
    <message>
        <source>dev</source>
        <translation type="vanished">validación</translation>
    </message>
    <message>
        <source>No training yet</source>
        <translation>Todavía no hay entrenamiento</translation>
    </message>
    <message>
        <source>%1: step %2, loss %3</source>
        <translation>%1: paso %2, pérdida %3</translation>
    </message>
    <message>
        <source>%1, dev %2</source>
        <translation type="vanished">%1, validación %2</translation>
    </message>
    <message>
        <source>held-out score</source>
        <translation>puntuación en datos reservados</translation>
    </message>
    <message>
        <source>held-out</source>
        <translation>reservados</translation>
    </message>
    <message>
        <source>%1, held-out %2</source>
        <translation>%1, reservados %2</translation>
    </message>
</context>
<context>
    <name>candor::VerdictPanel</name>
    <message>
        <source>Save fact check</source>
        <translation>Guardar verificación</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>The claim the post makes, in one sentence</source>
        <translation>La afirmación que hace la publicación, en una frase</translation>
    </message>
    <message>
        <source>Fact-check note</source>
        <translation>Nota de verificación</translation>
    </message>
    <message>
        <source>Sources, reasoning, what is still open</source>
        <translation>Fuentes, razonamiento, lo que sigue abierto</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Calificación</translation>
    </message>
    <message>
        <source>Fact-check problems</source>
        <translation>Problemas de la verificación</translation>
    </message>
    <message>
        <source>Fake</source>
        <translation>Falso</translation>
    </message>
    <message>
        <source>Real</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Unsure</source>
        <translation>Dudoso</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Your verdict: %1 (%2)</source>
        <translation>Su veredicto: %1 (%2)</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modelo:</translation>
    </message>
    <message>
        <source>Gold:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <source>Human:</source>
        <translation>Humano:</translation>
    </message>
    <message>
        <source>Claim:</source>
        <translation>Afirmación:</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Calificación:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Nota:</translation>
    </message>
    <message>
        <source>Fact check</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>fake with probability %1 (calibrated)</source>
        <translation>falso con probabilidad %1 (calibrada)</translation>
    </message>
    <message>
        <source>Driven by: text-only model (%1, %2)</source>
        <translation type="vanished">Decide: modelo solo de texto (%1, %2)</translation>
    </message>
    <message>
        <source>Driven by: text-only model</source>
        <translation type="vanished">Decide: modelo solo de texto</translation>
    </message>
    <message>
        <source>no prediction for this post</source>
        <translation>sin predicción para esta publicación</translation>
    </message>
    <message>
        <source>Train and predict the post-veracity task to see one.</source>
        <translation>Entrene y prediga la tarea post-veracity para ver una.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 por %2, %3</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>none yet: press F (fake), R (real) or U (unsure)</source>
        <translation>ninguno aún: pulse F (falso), R (real) o U (dudoso)</translation>
    </message>
    <message>
        <source>By %1 · created %2 · updated %3</source>
        <translation>Por %1 · creada %2 · actualizada %3</translation>
    </message>
    <message>
        <source>No fact check yet.</source>
        <translation>Aún sin verificación.</translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Veredicto: %1</translation>
    </message>
    <message>
        <source>Fact check saved: %1</source>
        <translation>Verificación guardada: %1</translation>
    </message>
    <message>
        <source>no picture</source>
        <translation>sin imagen</translation>
    </message>
    <message>
        <source>not described yet (candor-cli describe)</source>
        <translation>aún sin describir (candor-cli describe)</translation>
    </message>
    <message>
        <source>Picture description</source>
        <translation>Descripción de la imagen</translation>
    </message>
    <message>
        <source>Picture:</source>
        <translation>Imagen:</translation>
    </message>
    <message>
        <source>the picture&apos;s description</source>
        <translation>la descripción de la imagen</translation>
    </message>
    <message>
        <source>the text and the picture&apos;s description</source>
        <translation>el texto y la descripción de la imagen</translation>
    </message>
    <message>
        <source>the text only</source>
        <translation>solo el texto</translation>
    </message>
    <message>
        <source>Driven by: %1 (%2, %3)</source>
        <translation>Decide: %1 (%2, %3)</translation>
    </message>
    <message>
        <source>Driven by: %1</source>
        <translation>Decide: %1</translation>
    </message>
</context>
<context>
    <name>candor::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Candor&lt;/h1&gt;&lt;p&gt;A workbench against online manipulation: persuasion techniques in memes and posts, narratives, rumours.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Candor&lt;/h1&gt;&lt;p&gt;Un entorno de trabajo contra la manipulación en línea: técnicas de persuasión en memes y publicaciones, narrativas, rumores.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>Nuevo proyecto…</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Open sample project</source>
        <translation>Abrir proyecto de ejemplo</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Proyectos recientes</translation>
    </message>
    <message>
        <source>Drop dataset files or folders onto the window to import them into the open project.</source>
        <translation>Los archivos o carpetas de conjuntos de datos que se suelten sobre la ventana se importan al proyecto abierto.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent projects&lt;/b&gt;</source>
        <translation>&lt;b&gt;Proyectos recientes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>(ninguno todavía)</translation>
    </message>
    <message>
        <source>A small project built from bundled sample data: memes, Telegram chats and reply threads with gold labels, ready to train and retrain</source>
        <translation>Un proyecto pequeño creado con los datos de ejemplo incluidos: memes, chats de Telegram e hilos de respuestas con etiquetas de referencia, listo para entrenar y reentrenar</translation>
    </message>
    <message>
        <source>%1 — team project at %2</source>
        <translation>%1 — proyecto de equipo en %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Workbench against online manipulation</source>
        <translation>Entorno de trabajo contra la manipulación en línea</translation>
    </message>
    <message>
        <source>Project file to open</source>
        <translation>Archivo de proyecto que se abrirá</translation>
    </message>
</context>
</TS>
