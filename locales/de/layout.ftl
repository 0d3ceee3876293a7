layout-skip-to-content = Zum Inhalt springen
layout-language-nav = Sprache wählen
layout-footer-nav = Rechtliches
layout-footer-platform = teilhabe – Beteiligung für Vielfalt und Integration. Freie Software unter der EUPL-1.2.
