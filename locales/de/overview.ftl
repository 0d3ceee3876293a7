## The state overview of all municipalities
overview-title = Alle Kommunen im Überblick
overview-intro = Wo jede Kommune im Förderprogramm steht, wie weit ihr Handlungskonzept ist, wie viel sich ihre Einwohnerinnen und Einwohner beteiligt haben und welches Geld bewilligt und ausgezahlt ist.
overview-as-of = Stand:
overview-choose = Auswahl
overview-name = Name enthält
overview-district = Landkreis
overview-funding = Förderung
overview-concept = Handlungskonzept
overview-all = Alle
overview-show = Anzeigen
overview-summary = Zusammen
overview-shown = Kommunen
overview-population = Einwohnerinnen und Einwohner
overview-adopted = Konzepte beschlossen
overview-granted = Bewilligt
overview-paid = Ausgezahlt
overview-chart-title = Kommunen nach Stand der Förderung
overview-chart-desc = Wie viele der gezeigten Kommunen keinen Antrag, einen Antrag in Prüfung, eine laufende Förderung, Berichte oder eine abgeschlossene Förderung haben; die Zahlen stehen auch oben.
overview-lines = Kommunen
overview-csv = Als CSV herunterladen (diese Auswahl)
overview-none = Keine Kommune passt zu dieser Auswahl.
overview-municipality = Kommune
overview-progress = Maßnahmen
overview-contributions = Beiträge
overview-by-district = Nach Landkreis
overview-municipalities = Kommunen
overview-funded = Gefördert
overview-by-year = Nach Jahr
overview-year = Jahr
overview-concept-adopted-on = beschlossen am { $day }
overview-progress-value = { $count ->
    [one] 1 Maßnahme, { $percent } % umgesetzt
   *[other] { $count } Maßnahmen, { $percent } % umgesetzt
}
overview-funding-none = Kein Antrag
overview-funding-applied = Beantragt
overview-funding-funded = Gefördert
overview-funding-reporting = Berichtet
overview-funding-closed = Abgeschlossen
overview-concept-none = Keines
overview-concept-development = In Arbeit
overview-concept-adopted = Beschlossen
overview-csv-adopted-on = Beschlossen am
overview-csv-measures = Maßnahmen
overview-csv-progress = Umgesetzt in Prozent
overview-csv-granted = Bewilligt in Euro
overview-csv-paid = Ausgezahlt in Euro
