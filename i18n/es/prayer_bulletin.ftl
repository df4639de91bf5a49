# Español: Boletín de oración (motivos de oración de la semana)

## Actions
action-previous-week = ◀ Semana anterior
action-next-week = Semana siguiente ▶
action-latest-week = La más reciente
action-search = Buscar en todas las semanas…
action-expand-all = Desplegar todas las regiones
action-collapse-all = Plegar todas las regiones
action-to-bulletin = Ir al boletín
action-zoom-in = Texto más grande
action-zoom-out = Texto más pequeño
action-zoom-reset = Tamaño de texto normal
action-open-library = Abrir biblioteca…
action-paste-bulletin = Pegar el texto de un boletín…
action-import-file = Importar archivo…
action-close = Cerrar
action-toggle-edit = Editar
action-new-week = Nueva semana
action-save = Guardar
action-undo = Deshacer
action-redo = Rehacer
action-delete-bulletin = Eliminar boletín…
action-print = Imprimir…
action-export = Exportar…
action-send-by-email = Enviar por correo…
action-day-by-day = Esta semana, día a día
action-library-settings = Ajustes de la biblioteca…
action-share = Compartir biblioteca
action-open-shared = Abrir una biblioteca compartida…
action-new-library = Nueva biblioteca…
action-quit = Salir
action-decisions = Decisiones pendientes…
action-history = Historial de esta semana…
action-previous-week-tip = Mostrar la semana anterior a esta
action-next-week-tip = Mostrar la semana siguiente a esta
action-latest-week-tip = Mostrar el boletín más reciente
action-search-tip = Buscar palabras en todas las semanas
action-expand-all-tip = Desplegar todas las regiones de este boletín
action-collapse-all-tip = Plegar todas las regiones de este boletín
action-to-bulletin-tip = Lleva el teclado al boletín de esta semana, sin pasar por la lista de semanas ni la barra de herramientas
action-zoom-in-tip = Agrandar todo el texto
action-zoom-out-tip = Achicar todo el texto
action-zoom-reset-tip = Volver el texto a su tamaño normal
action-open-library-tip = Abrir otra carpeta de biblioteca
action-paste-bulletin-tip = Pegar un boletín de un correo o una página web y ver cómo queda
action-import-file-tip = Leer boletines de un archivo y ver cómo quedan (también puede soltar archivos en la ventana)
action-close-tip = Cerrar la búsqueda, la línea de tiempo o la ventana abierta
action-toggle-edit-tip = Pasar de leer a editar este boletín, y de vuelta
action-new-week-tip = Empezar el boletín de la próxima semana, con los párrafos fijos ya incluidos
action-save-tip = Guardar el boletín en su archivo de la biblioteca
action-undo-tip = Deshacer el último cambio
action-redo-tip = Rehacer el cambio recién deshecho
action-delete-bulletin-tip = Mover el archivo de este boletín a la papelera de la biblioteca
action-print-tip = Abrir el boletín público de esta semana como PDF en su visor, para imprimirlo
action-export-tip = Escribir un boletín en un archivo: texto, Markdown, HTML, PDF, correo, libro electrónico o calendario, interno o público
action-send-by-email-tip = Abrir el boletín público de esta semana como borrador de correo en su programa de correo, listo para enviar
action-day-by-day-tip = Leer esta semana repartida en siete días, para imprimirla o añadirla a un calendario
action-library-settings-tip = El nombre de la biblioteca, sus regiones, los párrafos fijos y la nota final
action-share-tip = Enviar sus cambios a la copia compartida y recibir los de los demás coordinadores (con git); la primera vez, indique dónde está la copia compartida
action-quit-tip = Cerrar Boletín de oración (antes se pregunta por los cambios sin guardar)
action-new-library-tip = Crear una biblioteca propia: su nombre, su carpeta y las secciones por las que ora su iglesia
action-open-shared-tip = Tomar una copia de una biblioteca que comparten otros coordinadores (con git) y abrirla
action-decisions-tip = Cambios que dos coordinadores hicieron a las mismas palabras: quedarse con los suyos, los del otro o ambos
action-history-tip = Quién cambió esta semana y cuándo; ver una versión anterior y restaurarla

## Menus
menu-file = Archivo
menu-edit = Editar
menu-go = Ir
menu-view = Ver
menu-rename-region = Cambiar el nombre de una región…
menu-share-every = Compartir cada 5 minutos
menu-share-every-tip = Mientras la aplicación está abierta, una biblioteca compartida se comparte sola cada cinco minutos
menu-recent = Bibliotecas recientes
menu-none-yet = Ninguna todavía
menu-large-print = Letra grande
menu-theme = Tema
menu-theme-system = Como el sistema
menu-theme-light = Claro
menu-theme-dark = Oscuro
menu-language = Idioma
menu-language-system = Como el sistema
menu-spelling = Revisar la ortografía al escribir
menu-spelling-tip = Subraya las palabras que el diccionario del idioma del boletín no conoce; haga clic derecho en una para ver sugerencias

## Toolbar
toolbar-read = Leer
toolbar-edit = Editar
toolbar-read-what = Leer:
toolbar-one-week = Una semana
toolbar-answered = Oraciones contestadas
toolbar-region-every-week = { $region }, todas las semanas
toolbar-read-what-tip = Leer los párrafos de una región de todas las semanas como una sola línea de tiempo

## Message bar
message-note = Nota:
message-problem = Problema:
message-dismiss = Descartar
drop-hint = Suelte los archivos para ver cómo se importarán

## The reader and the timeline
reader-no-bulletin = No hay ningún boletín que mostrar.
reader-back = Volver al boletín
answered-title = Oraciones contestadas

## Spelling
spelling-suggestions = Sugerencias
spelling-none = Sin sugerencias
spelling-add = Añadir «{ $word }» al diccionario de la biblioteca
spelling-ignore = Ignorar «{ $word }»
spelling-no-dictionary = No se encontró en este equipo un diccionario de { $language }; no se revisa la ortografía en ese idioma. Instale uno (por ejemplo, el paquete hunspell de ese idioma) o elija una carpeta en los ajustes de la biblioteca.

## Fixed words
kind-praise = Motivo de gratitud
kind-request = Motivo de oración
kind-info = Información
badge-praise = MOTIVO DE GRATITUD
badge-request = MOTIVO DE ORACIÓN
badge-info = INFORMACIÓN
sensitive = No compartir
sensitive-badge = NO COMPARTIR
undated = Sin fecha
day-number = Día { $number }
date-long = %A, %-d de %B de %Y
date-medium = %-d de %B de %Y
date-day = %A, %-d de %B

## The reader and the archive
reader-earlier = Antes, { $day }
reader-update = Novedad, { $day }
reader-answered = Contestada el { $day }
reader-open-week = Abrir esa semana
reader-nothing = Nada esta semana.
reader-state-tip = En qué punto de la revisión está este boletín: los borradores quedan fuera de toda exportación pública
reader-private-since = Ya no es público desde el { $day }: los boletines públicos lo omiten
reader-public-until = Público hasta el { $day }
state-draft = Borrador
state-ready = Listo
state-sent = Enviado
archive-no-library = No hay ninguna biblioteca abierta.
archive-no-bulletin-for = Sin boletín el { $week }
archive-no-bulletin-weeks = Sin boletín durante { $count } semanas
archive-unreadable = Archivos que no se pudieron leer
date-month = %B de %Y
date-short = %-d %b

## Sharing state
share-not-shared = Sin compartir
share-shared = Compartida
share-sharing = Compartiendo…
share-up-to-date = Compartida: al día
share-arrived = Compartida: llegaron cambios de otros ({ $count } { $count ->
    [one] archivo
   *[other] archivos
})
share-here-only = Historial guardado aquí (sin copia compartida)
share-offline = Sin conexión: sus cambios se guardan y se compartirán después
share-decide = Necesita una decisión ({ $count })
archive-count = { $count ->
    [one] { $count } boletín
   *[other] { $count } boletines
}

## The editor
editor-preview = Vista previa
editor-language = Idioma de este boletín
editor-language-library = El de la biblioteca
editor-sent-on = Enviado el { $day }
editor-review = Revisión:
editor-mark-ready = Marcar como listo…
editor-mark-ready-tip = Ver las revisiones aún abiertas y marcarlo listo para enviar
editor-mark-sent = Marcar como enviado
editor-mark-sent-tip = Salió hoy; guarda el boletín
editor-back-to-draft = Volver a borrador
editor-back-to-draft-tip = Los borradores quedan fuera de toda exportación pública
editor-checks = Revisiones ({ $count })
editor-checks-tip = Solo son consejos: nunca impiden guardar. Haga clic en una para ir a su campo.
editor-checks-none = Nada que revisar.
editor-edit-bulletin = Editar boletín
editor-new-bulletin = Nuevo boletín
editor-headline = Titular
editor-verse = Versículo (sin comillas)
editor-reference = Cita
editor-add-paragraph = Añadir un párrafo a { $region }
editor-add-region = Añadir una región
editor-choose = Elegir…
editor-closing = Nota final
editor-paragraph = Párrafo { $number } de { $region }
editor-kind = Tipo
editor-sensitive = Delicado
editor-sensitive-tip = Queda fuera de los boletines públicos; marcado «no compartir» en los internos
editor-personal = Personal
editor-personal-tip = Sobre una sobreviviente o un caso: los boletines públicos lo omiten cuando el boletín es más antiguo de lo que permite la biblioteca
editor-paragraph-up = Subir este párrafo
editor-paragraph-down = Bajar este párrafo
editor-duplicate = Duplicar
editor-duplicate-tip = Copiar este párrafo debajo de sí mismo
editor-move-to = Mover a la región
editor-remove = Quitar
editor-remove-tip = Quitar este párrafo (Ctrl+Z lo recupera)
editor-change-link = Cambiar el vínculo…
editor-follows-up = Continúa a…
editor-follows-up-tip = Vincular este párrafo con el anterior que continúa: una novedad, o la gratitud que responde a esa oración
editor-follows = Continúa a { $said }
editor-date = Fecha
editor-week-earlier = − 1 semana
editor-week-earlier-tip = Una semana antes
editor-week-later = + 1 semana
editor-week-later-tip = Una semana después
editor-remove-region-ask = ¿Quitar { $region } y { $count ->
    [one] su párrafo
   *[other] sus { $count } párrafos
}?
editor-remove-region-yes = Sí, quitar { $region }
editor-keep-it = Conservarla
editor-region-up = Subir { $region }
editor-region-down = Bajar { $region }
editor-remove-region = Quitar región
editor-remove-region-tip = Quitar { $region } de este boletín

## Search
search-title = Buscar en todas las semanas
search-close-tip = Cerrar la búsqueda (Esc)
search-words = Palabras que buscar
search-hint = Escriba una palabra; no importan mayúsculas ni acentos.
search-searching = Buscando… { $count } resultado(s) hasta ahora
search-region = Región
search-all-regions = Todas las regiones
search-everything = Todo
search-any = Cualquiera
search-open = Motivos sin respuesta aún
search-answered = Contestadas
search-prayer = Oración
search-open-match = Abrir esta semana en este resultado
search-matches = { $count ->
    [one] 1 coincidencia
   *[other] { $count } coincidencias
}
search-matches-grouped = { $count } coincidencias; un texto repetido semana tras semana se muestra una vez
search-more-weeks = { $count ->
    [one] y 1 semana más
   *[other] y { $count } semanas más
}
search-fewer-weeks = Mostrar solo la más reciente
search-more-weeks-tip = El mismo texto, palabra por palabra, en otras semanas: mostrarlas
search-from = Desde
search-to = hasta
search-not-a-date = { $field }: «{ $text }» no es una fecha; escríbala como 2026-06-26
search-example = p. ej. Kenia, tribunal, São Paulo

## An empty library
welcome-empty = { $name } aún no tiene boletines
welcome-start = Empiece de una de estas tres maneras:
welcome-write = Escribir el boletín de esta semana
welcome-write-tip = Una semana nueva con las secciones de la biblioteca, lista para escribir (Ctrl+N)
welcome-paste = Pegar un boletín que recibió
welcome-paste-tip = De un correo o una página web; sus títulos pueden ser las secciones de la biblioteca (Ctrl+Shift+V)
welcome-import = Importar el archivo del año pasado
welcome-import-tip = Archivos de correos, páginas web o documentos, varios a la vez, cada uno con su informe (Ctrl+I)

## The daily plan
plan-export = Exportar el plan…
plan-export-tip = Escribir el plan como tarjeta de una página, una página, texto o Markdown
plan-calendar = Añadir a un calendario…
plan-calendar-tip = Escribir el plan como archivo de calendario: un evento por día

## Dialogs
dialog-cancel = Cancelar
unsaved-title = ¿Guardar los cambios?
unsaved-question = Este boletín tiene cambios que aún no se han guardado.
unsaved-save = Guardar y continuar
unsaved-discard = Descartar los cambios
delete-title = ¿Eliminar este boletín?
delete-question = { $title } se moverá a la papelera de la biblioteca, donde se puede recuperar.
delete-yes = Mover a la papelera
replace-title = ¿Reemplazar el archivo?
replace-question = «{ $name }» ya existe en { $folder }. Reemplazarlo sobrescribe su contenido.
replace-yes = Reemplazar
conflict-title = Cambiado por otra persona
conflict-question = El boletín que está editando cambió en el disco (por una carpeta sincronizada, git u otro coordinador). ¿Qué desea hacer?
conflict-mine = Quedarme con el mío
conflict-mine-tip = Seguir editando; al guardar se reemplaza la otra versión
conflict-theirs = Tomar la otra
conflict-theirs-tip = Descartar sus cambios y mostrar la otra versión
conflict-copy = Guardar el mío como copia
conflict-copy-tip = Conservar ambos: el suyo en un archivo aparte
paste-title = Pegar el texto de un boletín
paste-hint = Pegue un boletín tal como lo recibió (correo, página web, documento). No se guarda nada hasta que lo confirme en la vista previa.
paste-text = Texto del boletín
paste-preview = Ver la importación
export-title = Exportar boletín
export-format = Formato
export-plan = Día a día: la semana repartida en siete días
export-layout = Diseño
export-public = Público: sin los párrafos marcados como delicados
export-internal = Interno: con ellos, marcados «no compartir»
export-this = Este boletín
export-all = Todos los boletines, en un solo documento
export-to-file = Exportar a un archivo…
ready-title = ¿Marcar como listo para enviar?
ready-all-pass = Todas las revisiones están bien. Los boletines listos entran en toda exportación pública.
ready-open = Quedan { $count } revisión(es) abiertas. Márquelo como listo de todos modos, o vuelva a revisarlas:
ready-yes = Marcar como listo
rename-title = Cambiar el nombre de una región
rename-question = Nuevo nombre para { $region }, en la biblioteca y en cada boletín que la tiene (el nombre anterior queda como alias para importar):
rename-new-name = Nuevo nombre
rename-yes = Cambiarlo en todas partes
recovery-title = Cambios sin guardar de la última vez
recovery-question = Boletín de oración se cerró antes de guardar estos cambios. Recupérelos en el editor o descártelos.
recovery-restore = Recuperar { $week }
recovery-discard = Descartar { $week }
recovery-later = Decidir después
recovery-later-tip = Los cambios se conservan; se ofrecerán de nuevo la próxima vez
welcome-title = Bienvenido a Boletín de oración
welcome-demo = Hay una biblioteca de ejemplo abierta, con diez semanas de boletines de una misión para explorar. Cuando esté listo, cree su propia biblioteca: el nombre de su iglesia y cómo ora (por región; por iglesia, ciudad y nación; por día; por familia; por ministerio).
welcome-any-time = Archivo → Nueva biblioteca… crea una en cualquier momento.
welcome-own = Crear mi propia biblioteca…
welcome-demo-look = Explorar el ejemplo

## A handout nothing could open
not-opened-print-title = El boletín no se abrió para imprimir
not-opened-mail-title = El borrador de correo no se abrió
not-opened-why = Ningún programa de este equipo lo abrió: { $why }. El boletín se creó y está aquí:
not-opened-instead = ¿Qué desea hacer en su lugar?
not-opened-folder = Abrir la carpeta
not-opened-folder-tip = Mostrar la carpeta del boletín, para abrirlo o adjuntarlo desde allí
not-opened-copy-path = Copiar la ruta
not-opened-copy-path-tip = Poner la ruta del boletín en el portapapeles
not-opened-save-as = Guardar como…
not-opened-save-as-tip = Escribir el boletín donde usted elija (la ventana de exportar)
not-opened-copy-text = Copiar el texto
not-opened-copy-text-tip = Poner el texto público de esta semana en el portapapeles, para pegarlo en un correo web
editor-mark-sensitive = Marcar como delicado
editor-mark-personal = Marcar como personal
menu-reading-only = Solo lectura
menu-reading-only-tip = Para voluntarios: leer, buscar e imprimir; nada que cambie un boletín o la biblioteca
zoom-said = Tamaño del texto: { $percent } %

## The import preview
preview-title = Vista previa de la importación
preview-found = Se encontraron { $count } boletín(es) en { $source }, con { $notes } nota(s). Elija qué hacer con cada uno y luego importe.
preview-beside = Mostrar el texto junto a la lectura, para corregirla
preview-import = Importar { $count } boletín(es)
preview-back = Volver al texto
preview-back-tip = De nuevo el cuadro de pegar, con el texto conservado
preview-links = ¿Continuaciones? Marque para vincular
preview-links-tip = Estos párrafos parecen continuar otros anteriores de la biblioteca; no se vincula nada sin marcarlo
preview-add = Añadir
preview-add-copy = Añadir como copia
preview-replace-tip = Reemplazar el boletín de esta semana en la biblioteca
preview-replace-none = La biblioteca no tiene boletín de esta semana
preview-skip = Omitir
preview-exists = La biblioteca ya tiene esta semana.
preview-as-draft = Entra como borrador: es de esta semana o posterior, aún sin revisar
preview-as-sent = Entra como enviado
preview-notes = Lo que la importación supuso u omitió
preview-notes-none = Nada: el texto se leyó tal como está.
preview-headings = Títulos que la biblioteca no conoce
preview-put-in = Poner en { $region }
preview-only-here = Dejar solo en este boletín
preview-add-to-library = Añadir a las regiones de la biblioteca
preview-add-to-library-tip = Cada semana nueva tendrá también esta sección
preview-region-for = Región para «{ $heading }»
preview-sensitive = Marcados como delicados (fuera de los boletines públicos)

## Undo and redo name what they take back
undo-what = Deshacer: { $change }
redo-what = Rehacer: { $change }
undone = Deshecho: { $change }.
redone = Rehecho: { $change }.
change-headline = escribir en el titular
change-date = el cambio de fecha
change-verse = el cambio en el versículo
change-closing = el cambio en la nota final
change-review = el cambio de estado de revisión
change-language = el cambio de idioma del boletín
change-region-added = añadir la región «{ $region }»
change-region-removed = quitar la región «{ $region }»
change-region-renamed = cambiar el nombre de «{ $old }» a «{ $new }»
change-region-moved = mover la región «{ $region }»
change-paragraph-added = añadir un párrafo a { $region }
change-paragraph-removed = quitar un párrafo de { $region }
change-paragraph-text = escribir en un párrafo de { $region }
change-paragraph-kind = el cambio de tipo de un párrafo de { $region }
change-paragraph-sharing = el cambio de si un párrafo de { $region } se puede compartir
change-paragraph-link = el cambio de a qué da seguimiento un párrafo de { $region }
change-paragraph-moved = mover un párrafo en { $region }
change-other = el último cambio

## Messages after an action (the message bar)
msg-no-day-by-day = No hay ningún boletín para leer día a día.
msg-no-new-week = No se pudo empezar una semana nueva: { $error }
msg-saved = Se guardó { $path }.
msg-not-saved = No se guardó: { $error }. Sus cambios siguen aquí.
msg-linked = Vinculado. Guarde para conservar el vínculo; Ctrl+Z lo deshace.
msg-unlinked = Se quitó el vínculo. Guarde para conservar el cambio.
msg-not-linked = No se vinculó: { $error }
msg-marked-saved = Marcado como { $state } y guardado.
msg-marked = Marcado como { $state }.
msg-not-marked = No se marcó como { $state }: { $error }
msg-settings-saved = Se guardaron los ajustes de la biblioteca.
msg-settings-not-saved = No se pudieron guardar los ajustes de la biblioteca: { $error }
msg-yours-saved-as = Su versión se guardó como { $path }; se muestra la otra.
msg-yours-not-saved = No se pudo guardar su versión: { $error }. Sus cambios siguen aquí.
msg-moved-to-trash = El boletín se movió a { $path }.
msg-not-deleted = No se pudo eliminar: { $error }
msg-renamed = Se cambió el nombre de «{ $from }» a «{ $to }» en la biblioteca y en { $count ->
    [one] 1 boletín
   *[other] { $count } boletines
}.
msg-not-renamed = No se pudo cambiar el nombre de la región; no se cambió nada: { $error }
msg-library-made = Se creó la biblioteca { $name } en { $path }.
msg-library-not-made = No se creó ninguna biblioteca: { $error }
msg-not-exported-why = No se exportó. { $why }
msg-nothing-to-export = No hay ningún boletín que exportar.
msg-not-exported = No se exportó: { $error }
msg-exported = Se exportó en formato { $format } a { $path }.
msg-left-out = { $count ->
    [one] Se omitió 1 párrafo marcado «no compartir».
   *[other] Se omitieron { $count } párrafos marcados «no compartir».
}
msg-left-out-regions = { $count ->
    [one] Se omitió 1 párrafo marcado «no compartir» y, con él, { $regions }.
   *[other] Se omitieron { $count } párrafos marcados «no compartir» y, con ellos, { $regions }.
}
msg-not-printed-why = No se imprimió. { $why }
msg-nothing-to-print = No hay ningún boletín que imprimir.
msg-opening = Abriendo { $path }…
msg-print-opened = Se abrió el boletín en su visor de PDF para imprimirlo ({ $path }).
msg-print-not-opened = Ningún programa abrió el boletín para imprimirlo: { $error }. Está en { $path }.
msg-not-sent-why = No se envió. { $why }
msg-nothing-to-send = No hay ningún boletín que enviar.
msg-email-opened = Se abrió el borrador de correo en su programa de correo; añada los destinatarios y envíelo ({ $path }).
msg-email-not-opened = Ningún programa abrió el borrador de correo: { $error }. Está en { $path }, para adjuntarlo o abrirlo a mano.
msg-waiting-for-lock = Esperando a otro programa que está usando esta biblioteca (una importación, una sincronización); su cambio se hará en cuanto termine.
msg-no-such-folder = { $path }: no existe esa carpeta.
msg-gave-up-waiting = Se dejó de esperar: otro programa lleva un minuto usando esta biblioteca y no se cambió nada. Vuelva a intentarlo cuando haya terminado.
msg-no-history = Esta biblioteca aún no guarda historial: compártala primero (Compartir biblioteca).
msg-restored = Se restauró el boletín del { $week } tal como lo dejó { $author } ({ $when }); el historial conserva todas las versiones.
msg-not-restored = No se restauró: { $error }
msg-not-imported = No se pudo importar: { $error }
msg-not-imported-yet = Todavía no se importó: { $error }
msg-reading-stopped = La lectura de la biblioteca se detuvo de forma inesperada; vuelva a abrirla.
msg-unreadable-files = { $count ->
    [one] No se pudo leer 1 archivo de esta biblioteca; aparece encima de las semanas, en «Archivos que no se pudieron leer».
   *[other] No se pudieron leer { $count } archivos de esta biblioteca; aparecen encima de las semanas, en «Archivos que no se pudieron leer».
}
msg-library-not-opened = No se pudo abrir la biblioteca: { $error }
msg-changed-elsewhere = Otra persona cambió este boletín; se muestra la otra versión.
msg-library-not-reread = No se pudo volver a leer la biblioteca: { $error }
msg-no-demo = No se pudo preparar la biblioteca de ejemplo: { $error }
msg-no-library = No hay ninguna biblioteca abierta. Use Archivo → Abrir biblioteca… para elegir una carpeta.
msg-folder-opened = Se abrió la carpeta { $path }.
msg-folder-not-opened = Tampoco se pudo abrir la carpeta ({ $error }): { $path }
msg-path-copied = Se copió la ruta: { $path }
msg-text-copied = Se copió el texto público de esta semana: péguelo en un mensaje nuevo.
msg-text-not-made = No se pudo preparar el texto: { $error }
msg-recovery-found = Se encontraron cambios sin guardar de una sesión anterior; elija qué hacer con ellos.
msg-not-removed = No se pudo eliminar { $path }: { $error }
msg-recovery-not-removed = No se pudo eliminar el archivo de recuperación { $path }: { $error }
msg-no-recovery-copy = No se pudo guardar una copia de recuperación de sus cambios ({ $error }); guarde pronto.
msg-shared-opened = Se abrió la biblioteca compartida, copiada en { $path }.
msg-not-opened = No se abrió: { $error }
msg-shared-decisions = Se compartió la biblioteca. { $count ->
    [one] Usted y otro coordinador cambiaron las mismas palabras en 1 lugar
   *[other] Usted y otro coordinador cambiaron las mismas palabras en { $count } lugares
}: se conserva su versión hasta que usted decida.
msg-not-shared = No se compartió: { $error }
msg-no-decision = No hay ninguna decisión pendiente.
msg-decided = { $file } ({ $field }): { $kept ->
    [yours] se conservó el suyo
    [theirs] se conservó el del otro coordinador
   *[both] se conservaron ambos
}.
msg-not-decided = No se pudo aplicar la decisión: { $error }

## Library settings, sharing, history and new library windows
settings-title = Ajustes de la biblioteca
settings-page-library = Biblioteca y regiones
settings-page-sources = Fuentes que la importación aprendió a leer ({ $count })
settings-save = Guardar los ajustes
settings-name = Nombre de la biblioteca
settings-regions = Regiones, en el orden en que aparecen en los boletines
settings-rename-hint = Para cambiar el nombre de una región, use Editar → Cambiar el nombre de una región…; así se actualizan todos los boletines.
settings-earlier = Más arriba en el boletín
settings-later = Más abajo en el boletín
settings-remove = Quitar
settings-remove-tip = Quitar de la lista (los boletines conservan su texto)
settings-aliases = Otros nombres de { $region } (separados por ;)
settings-standing = Párrafos fijos de { $region } (con una línea en blanco entre ellos)
settings-closing = Nota final, que pasa a cada semana nueva
settings-ages = Los párrafos personales dejan de ser públicos después de
settings-weeks-suffix = { " " }semanas
settings-never = (nunca: siguen en los boletines públicos)
settings-sources-hint = Hojas de oración de organizaciones asociadas que la importación lee tal como se lo enseñó un coordinador. Cambiar el nombre o eliminar modifica la biblioteca de inmediato.
settings-deleted = Se eliminó «{ $name }».
settings-put-back = Recuperar «{ $name }»
settings-no-sources = Ninguna todavía. Cuando la hoja de oración de una organización asociada se lea mal, corríjala en la vista previa de la importación y marque «Recordar cómo leer las hojas de esta fuente».
settings-not-loaded = No se cargó: { $problem }
settings-source-name = Nombre de «{ $name }»
settings-source-rename = Cambiar el nombre de «{ $name }»
settings-source-delete = Eliminar «{ $name }»
settings-source-delete-tip = Sus hojas vuelven a leerse con el lector general
rules-known-by = Se reconoce por (remitente, sitio web o una línea que traen todas sus hojas)
rules-headings = Los títulos son líneas como
rules-items-lines = Puntos: uno por línea.
rules-items-paragraphs = Puntos: uno por párrafo.
rules-items-any = Puntos: como los reconozca el lector general.
rules-leave-out-from = Se omite desde la primera línea como esta hasta el final
rules-leave-out = Líneas omitidas
rules-regions = Títulos asignados a regiones:
share-title = Compartir esta biblioteca
share-explained = La biblioteca se comparte con git: cada vez que guarda, el cambio queda en su historial con su nombre, y «Compartir biblioteca» (Ctrl+Shift+S) envía sus cambios a la copia compartida y recibe los de los demás coordinadores. La copia compartida puede estar en cualquier servidor git o en una carpeta de una unidad compartida.
share-address-optional = Dirección de la copia compartida (déjela vacía para guardar el historial solo aquí)
share-your-name = Su nombre, para el historial
share-your-email = Su dirección de correo
share-button = Compartir
share-name-first = Escriba primero su nombre
decisions-title = Decisiones pendientes
decisions-explained = Usted y otro coordinador cambiaron las mismas palabras. Su versión queda en la biblioteca hasta que usted elija; la versión que no se conserve queda en el historial.
decisions-yours = El suyo
decisions-theirs = El del otro coordinador
decisions-keep-mine = Quedarme con el mío
decisions-keep-theirs = Quedarme con el del otro
decisions-keep-both = Conservar ambos
decisions-later = Decidir después
decisions-later-tip = Cerrar; el suyo se mantiene hasta que elija
open-shared-title = Abrir una biblioteca compartida
open-shared-explained = Se toma una copia de la biblioteca que comparten otros coordinadores y se guarda en una carpeta nueva de este equipo.
open-shared-address = Dirección de la copia compartida
open-shared-folder = Carpeta nueva para la copia
open-shared-open = Abrir
history-title = Historial del { $week }
history-choose = Elija una versión para ver la semana tal como estaba entonces.
history-unreadable = No se puede leer esta versión: { $error }
history-restore = Restaurar esta versión
history-restore-tip = Escribirla sobre la semana como un cambio nuevo; todas las versiones quedan en el historial
history-restore-first = Elija primero una versión anterior
history-reading = Leyendo el historial…
history-not-read = No se pudo leer el historial: { $error }
history-none = Esta semana aún no tiene historial: nunca se ha compartido.
history-now = { " " }(actual)
new-library-title = Nueva biblioteca
new-library-make = Crear la biblioteca
new-library-not-ready = Hace falta un nombre, una carpeta y al menos una sección
new-library-name = Nombre
new-library-name-example = Lista de oración de Santa Ana
new-library-folder = Carpeta (se crea si no existe)
new-library-outline = Cómo ora su iglesia: las secciones de cada boletín
new-library-sections = Secciones, una por línea (cámbielas como quiera)
new-library-any-day = cualquier día
new-library-day = Día de los boletines
new-library-language = Idioma
new-library-closing = Nota final, que pasa a cada semana nueva (opcional)

## Teaching pane, follow-ups, archive, timeline, sources, typed paths, export and import
follows-title = Continúa a…
follows-explained = ¿Qué párrafo anterior de { $region } continúa este? Primero aparecen los más probables (nombres y lugares en común, semanas recientes); después, los demás, del más reciente al más antiguo.
follows-find = Buscar
follows-find-hint = un nombre, un lugar, una palabra
follows-more = Hay más: escriba para acotar la lista.
follows-likely = PROBABLE
follows-link-tip = Vincular con este párrafo
follows-none = Ningún párrafo anterior de esta región coincide.
follows-unlink = Quitar el vínculo
teach-lines = El texto y en qué se convirtió cada línea
teach-line = Línea { $line }: { $text }
teach-marked = { $became } (a mano)
teach-select = Seleccione una línea del texto para corregir cómo se leyó.
teach-became = La línea { $line } quedó como: { $became }
teach-make-it = Marcarla como:
teach-remember-for = Recordarlo para líneas como:
teach-undo = Deshacer la corrección
teach-redo = Rehacer la corrección
teach-applied = Leído según lo aprendido para «{ $source }».
teach-use = Usar lo aprendido
teach-remember = Recordar cómo leer las hojas de esta fuente
teach-as = como
teach-source-name = Nombre de la fuente
role-heading = Título
role-paragraph = Párrafo
role-items = Puntos, uno por línea
role-joined = Unida a la línea anterior
role-headline = Titular
role-date = Fecha
role-verse = Versículo
role-reference = Cita bíblica
role-closing = Nota final
role-left-out = Omitida
role-left-out-from-here = Omitida desde aquí hasta el final
became-headline = titular
became-date = fecha
became-verse = versículo
became-reference = cita bíblica
became-heading = título
became-paragraph = párrafo
became-item = punto de lista
became-joined = unida a la línea anterior
became-closing = nota final
became-left-out = omitida
archive-opening = Abriendo «{ $name }»…
archive-listing = Listando los archivos…
archive-read-so-far = { $done } de { $total } semanas leídas
archive-new-unsaved = ● Boletín nuevo, aún sin guardar
archive-save-it = Guárdelo con Ctrl+S
archive-decide = Decidir…
timeline-weeks = , { $count ->
    [one] 1 semana
   *[other] { $count } semanas
}
timeline-answered = Contestada: en oración del { $from } al { $to }{ $weeks }
timeline-open = Sin respuesta aún: desde el { $from }; última noticia, el { $to }
timeline-open-week = Abrir esta semana
timeline-nothing = Nada esta semana.
source-gone = Esa fuente ya no está en la biblioteca.
source-needs-name = Una fuente necesita un nombre.
source-name-taken = Ya hay una fuente guardada como { $file }: elija otro nombre.
source-renamed = Se cambió el nombre de la fuente «{ $from }» a «{ $to }».
source-not-renamed = No se pudo cambiar el nombre de la fuente: { $error }
source-deleted = Se eliminó la fuente «{ $name }»: sus hojas se leen ahora con el lector general.
source-not-deleted = No se pudo eliminar la fuente: { $error }
source-nothing-to-put-back = No hay nada que recuperar.
source-put-back = Se recuperó la fuente «{ $name }».
source-not-put-back = No se pudo recuperar la fuente: { $error }
path-open-library = Abrir una carpeta de biblioteca
path-import-file = Importar un archivo
path-export = Exportar a un archivo
path-open-library-prompt = No se eligió ninguna carpeta. Si no apareció la ventana para elegir carpetas (algunos escritorios no la tienen), escriba la ruta de la carpeta de la biblioteca:
path-import-file-prompt = No se eligió ningún archivo. Si no apareció la ventana para elegir archivos (algunos escritorios no la tienen), escriba la ruta del archivo que desea importar (texto, RON, correo o página web):
path-export-prompt = No se eligió ningún archivo. Si no apareció la ventana para elegir archivos (algunos escritorios no la tienen), escriba dónde guardar el boletín:
path-folder = Ruta de la carpeta
path-file = Ruta del archivo
path-open = Abrir
path-preview-import = Ver la importación
path-export-button = Exportar
teach-remembered = Se guardó cómo leer las hojas de «{ $source }» ({ $file }).
teach-not-remembered = No se pudo guardar cómo leer esta fuente: { $error }
export-all-drafts = Todas las semanas siguen siendo borradores: un boletín público solo incluye semanas marcadas como listas o enviadas. Marque una semana como lista, o exporte para el grupo de oración (no público).
export-draft = Esta semana sigue siendo un borrador: un boletín público solo incluye semanas marcadas como listas o enviadas. Márquela como lista (Marcar como listo…), o expórtela para el grupo de oración (no público).
export-dialog-title = Exportar boletín
msg-imported = { $count ->
    [one] Se importó 1 boletín
   *[other] Se importaron { $count } boletines
} de { $source }.
msg-imported-errors = { $count ->
    [one] Se importó 1 boletín
   *[other] Se importaron { $count } boletines
}; no se pudo guardar: { $errors }
msg-links-not-made = { $count ->
    [one] No se hizo 1 vínculo que usted marcó: { $links }.
   *[other] No se hicieron { $count } vínculos que usted marcó: { $links }.
}
import-dialog-title = Importar boletines de un archivo
import-filter-bulletins = Boletines
import-filter-any = Cualquier archivo
preview-follows-up = continúa a { $what }
msg-recovery-unreadable = No se pudieron leer los cambios sin guardar de una sesión anterior: { $files }

## The command line (what it says to a person; its --json output and exit codes stay the same in every language)
cli-no-such-library = { $path }: no existe esa carpeta de biblioteca
cli-waiting = esperando a otro programa que está usando esta biblioteca…
cli-warning = aviso: { $problem }
cli-not-shared = no se compartió: { $error }
cli-no-bulletin-for = { $path }: no hay boletín del { $date }
cli-problems = { $count ->
    [one] 1 problema en { $path }
   *[other] { $count } problemas en { $path }
}
cli-not-a-region = { $region } no es una región de { $path }
cli-from-after-to = --from { $from } es posterior a --to { $to }; indique primero la fecha anterior
cli-needs-a-file = un { $format } se escribe en un archivo: añada -o FILE.{ $ext } (o -o - para la salida estándar)
cli-not-a-library = { $path }: no es una biblioteca (no tiene library.ron ni carpeta bulletins/)
cli-weeks-unread = no se exportó: { $count ->
    [one] 1 semana de esta selección no se pudo leer
   *[other] { $count } semanas de esta selección no se pudieron leer
}:
    { $files }
cli-wrote = se escribió { $path }
cli-import-which-library = indique con --library DIR a qué biblioteca importar, o use --dry-run para solo ver lo que se importaría
cli-none = ninguna
cli-no-such-source = en esta biblioteca no hay ninguna fuente aprendida llamada «{ $name }» (fuentes: { $known })
cli-not-imported = no se importó: { $error }
cli-wrote-nothing = no se escribió nada; no se pudo importar ningún archivo
cli-no-problems = { $path }: { $count ->
    [one] 1 boletín
   *[other] { $count } boletines
}, sin problemas
cli-threads = { $count ->
    [one] 1 hilo
   *[other] { $count } hilos
}
cli-regions-added = regiones añadidas a la biblioteca: { $regions }
cli-regions-not-added = no son regiones de la biblioteca; se conservaron como secciones con esos nombres: { $regions } (library.ron no cambió; use --add-regions para añadirlas)
cli-kept-existing = { $path }: se conservó el boletín que ya había de esa semana (use --replace para reemplazarlo)
cli-not-written = no se escribió: { $file }: { $error }
cli-wrote-from = { $count ->
    [one] se escribió 1 boletín
   *[other] se escribieron { $count } boletines
} a partir de { $files ->
    [one] 1 archivo
   *[other] { $files } archivos
}
cli-files-not-imported = ; { $count ->
    [one] no se importó 1 archivo
   *[other] no se importaron { $count } archivos
}: { $names }
cli-source-not-applied = no se aplica una fuente aprendida: { $problem }

## Teaching pane patterns, the website, read aloud
learn-this-line = solo esta línea
learn-starting = líneas que empiezan por «{ $word }»
learn-numbered = un número, un signo y palabras
learn-brackets = primero, palabras entre corchetes
learn-colon = una línea corta que termina en dos puntos
learn-capitals = solo mayúsculas
teach-lines-like = { $describe } ({ $count ->
    [one] línea
   *[other] líneas
} { $which })
rules-list-title = { $title }:
site-weeks = Semanas
site-regions = Regiones
site-answered = Oraciones contestadas
site-search = Buscar
site-feed = Suscripción (feed)
site-nothing-yet = Todavía no se ha publicado ningún boletín.
site-region-weeks = { $region }, todas las semanas
site-none-answered = Todavía no hay oraciones contestadas.
site-no-match = No se encontró nada.
site-one-match = 1 coincidencia
site-matches = {"{"}n{"}"} coincidencias
cli-site-published = { $count ->
    [one] se publicó 1 semana
   *[other] se publicaron { $count } semanas
} en { $path }
site-around = Las semanas anterior y siguiente
action-publish-site = Publicar sitio web…
action-publish-site-tip = Los boletines públicos como sitio web con suscripción (feed), para el sitio de la iglesia: se escriben en la carpeta que usted elija
path-site-prompt = No se eligió ninguna carpeta. Si no apareció el diálogo de carpetas (algunos escritorios no lo tienen), escriba la carpeta donde publicar el sitio web (se crea si no existe):
path-publish = Publicar
msg-site-published = { $count ->
    [one] Se publicó 1 semana
   *[other] Se publicaron { $count } semanas
} como sitio web en { $path } (abra index.html; suba la carpeta al sitio de la iglesia).
msg-site-not-published = No se publicó el sitio web: { $error }
audio-needs-espeak = para leer en voz alta hace falta el programa espeak-ng, que no está instalado (en Debian o Ubuntu: sudo apt install espeak-ng)
action-read-aloud = Leer en voz alta
action-read-aloud-tip = Escuche el boletín de esta semana, región por región, en su idioma (otra vez para detener)
read-aloud-at = Leyendo en voz alta: { $at } de { $count }
read-aloud-pause = Pausa
read-aloud-resume = Continuar
read-aloud-skip = Saltar
read-aloud-stop = Detener
read-aloud-failed = No se pudo oír nada: espeak-ng se detuvo ({ $status }). ¿Hay un dispositivo de sonido?

## Handout formats
format-text = Texto sin formato
format-markdown = Markdown
format-html = Página web (HTML)
format-pdf = PDF
format-ron = Archivo de boletín (RON)
format-eml = Borrador de correo (EML)
format-epub = Libro electrónico (EPUB)
format-ics = Calendario, día a día (ICS)
format-audio = Lectura en voz alta (audio WAV)
