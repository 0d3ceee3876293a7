# Hochgeladene Dateien: Bilder und Anhänge
file-picture-hint = { $types }, höchstens { $max }. Bitte nur Bilder, die Sie zeigen dürfen, und keine erkennbaren Personen ohne deren Einverständnis.
file-attachments-label = Anhänge (freiwillig)
file-attachments-hint = Zum Beispiel ein Plan oder ein Flyer: { $types }, bis zu { $count } Dateien mit höchstens { $max } je Datei.
file-choose-picture = Bild auswählen
file-replace-picture = Anderes Bild auswählen
file-choose-attachments = Dateien auswählen
file-keep-picture = Dieses Bild behalten
file-remove-picture = Bild entfernen
file-keep = Behalten
file-remove = Entfernen
file-alt-label = Was ist auf dem Bild zu sehen?
file-alt-hint = Ein kurzer Satz für Menschen, die das Bild nicht sehen können, zum Beispiel „Kinder pflanzen Blumen im Gemeinschaftsgarten“.
file-empty = Die Datei „{ $name }“ ist leer. Bitte wählen Sie eine andere Datei.
file-too-large = Die Datei „{ $name }“ ist größer als { $max }. Bitte wählen Sie eine kleinere Datei.
file-not-an-image = „{ $name }“ ist kein Bild im Format { $types }. Bitte wählen Sie ein Foto oder eine Grafik in einem dieser Formate.
file-type-not-accepted = „{ $name }“ hat kein erlaubtes Format. Erlaubt sind { $types }.
file-too-many = Es sind höchstens { $count ->
    [one] eine Datei
   *[other] { $count } Dateien
} möglich. Weitere Dateien wurden nicht übernommen.
file-alt-required = Bitte beschreiben Sie kurz, was auf dem Bild zu sehen ist.
file-alt-too-long = Die Beschreibung des Bildes darf höchstens 300 Zeichen lang sein.
file-attachments-heading = Anhänge
