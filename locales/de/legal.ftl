legal-imprint-title = Impressum
legal-privacy-title = Datenschutzerklärung
legal-accessibility-title = Erklärung zur Barrierefreiheit
legal-not-written = Dieser Text wurde noch nicht hinterlegt.
legal-updated = Zuletzt geändert am { $date }
