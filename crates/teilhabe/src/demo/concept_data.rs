//! The data of Musterstadt's demo concept: six action fields with their
//! starting point, fifteen goals and forty measures, the ideas each measure
//! took up, and why the two dropped ones were given up.

/// A measure: title, status, lead organisation, led by the measure owner,
/// neighbourhood, start, end, cost in euros, funding.
pub(super) type DemoMeasure =
    (&'static str, &'static str, Option<&'static str>, bool, Option<&'static str>, &'static str, &'static str, Option<i64>, &'static str);

pub(super) struct DemoGoal {
    pub(super) title: &'static str,
    pub(super) measures: &'static [DemoMeasure],
}

pub(super) struct DemoField {
    pub(super) name: &'static str,
    pub(super) analysis: &'static str,
    pub(super) goals: &'static [DemoGoal],
}

const VEREIN: Option<&str> = Some("Interkultureller Verein Musterstadt e. V.");
const BAECKEREI: Option<&str> = Some("Bäckerei Yıldız");
const LAND: &str = "Landesprogramm WIR";
const HAUSHALT: &str = "Haushalt der Stadt";

pub(super) const FIELDS: &[DemoField] = &[
    DemoField {
        name: "Sprache & Bildung",
        analysis: "Rund ein Drittel der Kinder in Musterstadts Kitas wächst mit einer anderen Familiensprache als Deutsch auf. \
                   Die Sprachkurse der Volkshochschule sind ausgebucht; die Wartezeit liegt bei **vier Monaten**.",
        goals: &[
            DemoGoal {
                title: "Alle Kinder sprechen bei der Einschulung gut Deutsch",
                measures: &[
                    (
                        "Sprachcafé mit Kinderbetreuung in der Stadtbibliothek",
                        "running",
                        VEREIN,
                        true,
                        Some("Altstadt"),
                        "2025-09-01",
                        "2027-08-31",
                        Some(6_000),
                        LAND,
                    ),
                    ("Vorlesepatenschaften in allen Kitas", "running", None, true, None, "2025-10-01", "2027-12-31", Some(2_500), HAUSHALT),
                    ("Mehrsprachige Bücherkisten für Kitas", "done", None, false, None, "2025-07-01", "2025-12-31", Some(3_200), LAND),
                ],
            },
            DemoGoal {
                title: "Erwachsene finden schnell einen Sprachkurs",
                measures: &[
                    (
                        "Sprachkurse am Abend und am Wochenende",
                        "preparing",
                        None,
                        true,
                        None,
                        "2026-09-01",
                        "2028-06-30",
                        Some(18_000),
                        LAND,
                    ),
                    (
                        "Lotsendienst zu Sprachkursen im Bürgerbüro",
                        "running",
                        VEREIN,
                        false,
                        None,
                        "2025-11-01",
                        "2027-10-31",
                        Some(4_000),
                        HAUSHALT,
                    ),
                    ("Online-Übersicht aller Sprachkurse", "done", None, true, None, "2025-08-01", "2026-01-31", Some(1_500), HAUSHALT),
                ],
            },
            DemoGoal {
                title: "Eltern sind Partner der Schulen",
                measures: &[
                    (
                        "Mehrsprachige Elternabende mit Dolmetschung",
                        "running",
                        VEREIN,
                        false,
                        Some("Nordstadt"),
                        "2025-10-01",
                        "2027-07-31",
                        Some(5_400),
                        LAND,
                    ),
                    (
                        "Elternlotsinnen und -lotsen an Grundschulen",
                        "planned",
                        None,
                        true,
                        Some("Nordstadt"),
                        "2027-01-01",
                        "2028-12-31",
                        Some(12_000),
                        LAND,
                    ),
                ],
            },
        ],
    },
    DemoField {
        name: "Arbeit & Ausbildung",
        analysis: "Zugewanderte sind in Musterstadt fast doppelt so oft arbeitslos wie der Durchschnitt. \
                   Viele bringen Berufsabschlüsse mit, deren Anerkennung im Schnitt **14 Monate** dauert.",
        goals: &[
            DemoGoal {
                title: "Berufsabschlüsse werden schneller anerkannt",
                measures: &[
                    (
                        "Beratung zur Anerkennung an einer Stelle",
                        "running",
                        None,
                        true,
                        None,
                        "2025-09-01",
                        "2027-08-31",
                        Some(8_000),
                        LAND,
                    ),
                    ("Übersetzung von Zeugnissen ohne Kosten", "paused", None, false, None, "2025-10-01", "2026-12-31", Some(6_000), LAND),
                ],
            },
            DemoGoal {
                title: "Mehr Ausbildungsplätze für junge Zugewanderte",
                measures: &[
                    (
                        "Praktikumsbörse mit Betrieben aus der Stadt",
                        "running",
                        BAECKEREI,
                        true,
                        None,
                        "2026-03-01",
                        "2027-03-31",
                        Some(3_500),
                        HAUSHALT,
                    ),
                    (
                        "Ausbildungsmesse auch in Türkisch und Arabisch",
                        "preparing",
                        None,
                        false,
                        None,
                        "2026-10-01",
                        "2026-10-31",
                        Some(4_800),
                        LAND,
                    ),
                    ("Patenschaften von Azubis für neue Azubis", "planned", BAECKEREI, false, None, "2027-02-01", "2028-01-31", None, ""),
                ],
            },
            DemoGoal {
                title: "Betriebe stellen vielfältig ein",
                measures: &[
                    (
                        "Workshop „Interkulturell einstellen“ für kleine Betriebe",
                        "done",
                        None,
                        false,
                        None,
                        "2025-11-01",
                        "2025-11-30",
                        Some(1_200),
                        LAND,
                    ),
                    ("Siegel „Vielfalt im Betrieb“", "dropped", None, false, None, "2025-09-01", "2026-06-30", Some(2_000), HAUSHALT),
                ],
            },
        ],
    },
    DemoField {
        name: "Wohnen & Nachbarschaft",
        analysis: "In der Nordstadt leben Menschen aus über 60 Ländern. Begegnungsorte fehlen; \
                   das Bürgerhaus ist abends an vier von fünf Tagen belegt.",
        goals: &[
            DemoGoal {
                title: "Nachbarinnen und Nachbarn begegnen sich",
                measures: &[
                    (
                        "Offenes Nachbarschaftsfrühstück im Bürgerhaus",
                        "running",
                        VEREIN,
                        false,
                        Some("Nordstadt"),
                        "2025-09-01",
                        "2027-12-31",
                        Some(2_400),
                        LAND,
                    ),
                    (
                        "Interkultureller Gemeinschaftsgarten",
                        "running",
                        None,
                        true,
                        Some("Am Hang"),
                        "2026-04-01",
                        "2028-10-31",
                        Some(7_500),
                        LAND,
                    ),
                    ("Straßenfeste in jedem Stadtteil", "planned", None, false, None, "2027-05-01", "2027-09-30", Some(6_000), HAUSHALT),
                ],
            },
            DemoGoal {
                title: "Neu Zugezogene finden sich schnell zurecht",
                measures: &[
                    ("Willkommensmappe in sechs Sprachen", "done", None, true, None, "2025-07-01", "2025-10-31", Some(4_200), LAND),
                    ("Stadtteilspaziergänge für Neue", "running", VEREIN, false, None, "2025-10-01", "2027-09-30", Some(900), HAUSHALT),
                ],
            },
            DemoGoal {
                title: "Wohnungen werden fair vergeben",
                measures: &[(
                    "Beratung bei Diskriminierung auf dem Wohnungsmarkt",
                    "preparing",
                    None,
                    true,
                    None,
                    "2026-11-01",
                    "2028-10-31",
                    Some(9_000),
                    LAND,
                )],
            },
        ],
    },
    DemoField {
        name: "Vereine, Sport & Kultur",
        analysis: "Musterstadt hat 140 Vereine; nur wenige haben Mitglieder oder Vorstände mit Einwanderungsgeschichte. \
                   Migrantenorganisationen bekommen selten Räume oder Zuschüsse.",
        goals: &[
            DemoGoal {
                title: "Vereine öffnen sich für alle",
                measures: &[
                    (
                        "Vereinsbörse: Vereine stellen sich mehrsprachig vor",
                        "done",
                        VEREIN,
                        false,
                        None,
                        "2025-09-01",
                        "2025-09-30",
                        Some(1_800),
                        LAND,
                    ),
                    (
                        "Schnuppertraining „Sport für alle“",
                        "running",
                        None,
                        false,
                        Some("Südviertel"),
                        "2025-10-01",
                        "2027-09-30",
                        Some(3_000),
                        HAUSHALT,
                    ),
                    ("Fortbildung für Vereinsvorstände", "planned", VEREIN, true, None, "2027-01-01", "2027-06-30", Some(2_500), LAND),
                ],
            },
            DemoGoal {
                title: "Migrantenorganisationen sind gleichberechtigt",
                measures: &[
                    (
                        "Räume im Bürgerhaus für Migrantenorganisationen",
                        "running",
                        None,
                        true,
                        Some("Nordstadt"),
                        "2025-09-01",
                        "2027-12-31",
                        None,
                        "",
                    ),
                    (
                        "Kleiner Fonds für Projekte von Migrantenorganisationen",
                        "preparing",
                        None,
                        true,
                        None,
                        "2026-09-01",
                        "2028-08-31",
                        Some(10_000),
                        HAUSHALT,
                    ),
                ],
            },
            DemoGoal {
                title: "Die Vielfalt der Stadt ist sichtbar",
                measures: &[
                    (
                        "Interkulturelle Woche mit allen Vereinen",
                        "done",
                        VEREIN,
                        false,
                        None,
                        "2025-09-15",
                        "2025-09-28",
                        Some(4_500),
                        LAND,
                    ),
                    (
                        "Ausstellung „Musterstadt – 60 Länder, eine Stadt“",
                        "planned",
                        None,
                        false,
                        Some("Altstadt"),
                        "2027-03-01",
                        "2027-05-31",
                        Some(3_800),
                        LAND,
                    ),
                ],
            },
        ],
    },
    DemoField {
        name: "Gesundheit",
        analysis: "Viele ältere Zugewanderte kennen die Angebote der Pflege- und Gesundheitsberatung nicht. \
                   Beim Arzt fehlt oft eine Dolmetschung.",
        goals: &[
            DemoGoal {
                title: "Gesundheitsangebote erreichen alle",
                measures: &[
                    (
                        "Gesundheitslotsinnen und -lotsen in mehreren Sprachen",
                        "running",
                        None,
                        true,
                        None,
                        "2025-11-01",
                        "2027-10-31",
                        Some(9_600),
                        LAND,
                    ),
                    (
                        "Sprechstunde der Pflegeberatung in der Moschee",
                        "running",
                        VEREIN,
                        false,
                        Some("Südviertel"),
                        "2026-01-01",
                        "2027-12-31",
                        Some(1_200),
                        HAUSHALT,
                    ),
                    ("Dolmetscherpool für Arztbesuche", "preparing", None, true, None, "2026-09-01", "2028-08-31", Some(15_000), LAND),
                ],
            },
            DemoGoal {
                title: "Seelische Gesundheit wird ernst genommen",
                measures: &[
                    ("Gesprächsgruppen für Geflüchtete", "running", None, false, None, "2025-10-01", "2027-09-30", Some(5_000), LAND),
                    (
                        "Infoabende zu seelischer Gesundheit in mehreren Sprachen",
                        "planned",
                        None,
                        false,
                        None,
                        "2027-02-01",
                        "2027-11-30",
                        Some(1_600),
                        HAUSHALT,
                    ),
                    (
                        "Erste-Hilfe-Kurse in mehreren Sprachen",
                        "planned",
                        None,
                        false,
                        None,
                        "2027-03-01",
                        "2027-11-30",
                        Some(1_400),
                        HAUSHALT,
                    ),
                ],
            },
        ],
    },
    DemoField {
        name: "Politische Teilhabe",
        analysis: "Ein Fünftel der Erwachsenen in Musterstadt darf bei Kommunalwahlen nicht wählen. \
                   Im Ausländerbeirat sind drei von neun Sitzen unbesetzt.",
        goals: &[
            DemoGoal {
                title: "Alle können mitreden",
                measures: &[
                    ("Beteiligungsplattform in sechs Sprachen", "running", None, true, None, "2025-07-01", "2027-12-31", Some(6_000), LAND),
                    (
                        "Bürgerversammlungen mit Dolmetschung",
                        "running",
                        None,
                        false,
                        None,
                        "2025-10-01",
                        "2027-12-31",
                        Some(3_600),
                        HAUSHALT,
                    ),
                    (
                        "Kinder- und Jugendparlament mit allen Schulen",
                        "planned",
                        None,
                        false,
                        None,
                        "2027-01-01",
                        "2028-12-31",
                        Some(4_000),
                        HAUSHALT,
                    ),
                ],
            },
            DemoGoal {
                title: "Der Ausländerbeirat ist stark",
                measures: &[
                    ("Kampagne zur Wahl des Ausländerbeirats", "done", VEREIN, false, None, "2025-09-01", "2025-11-30", Some(2_800), LAND),
                    ("Einbürgerungsfeier im Rathaus", "running", None, true, None, "2025-12-01", "2027-12-31", Some(1_500), HAUSHALT),
                    ("Rederecht des Beirats in allen Ausschüssen", "dropped", None, false, None, "2025-09-01", "2026-03-31", None, ""),
                ],
            },
        ],
    },
];

/// Ideas of the demo process taken up into measures: (idea, measure).
pub(super) const TAKEN_UP: &[(&str, &str)] = &[
    ("Sprachcafé in der Stadtbibliothek – jeden Donnerstagabend", "Sprachcafé mit Kinderbetreuung in der Stadtbibliothek"),
    ("Deutschkurs am Vormittag mit Kinderbetreuung", "Sprachcafé mit Kinderbetreuung in der Stadtbibliothek"),
    ("Mehrsprachige Elternabende an der Grundschule Nordstadt", "Mehrsprachige Elternabende mit Dolmetschung"),
    ("Lesepatinnen und Lesepaten für Erstklässler am Hang", "Vorlesepatenschaften in allen Kitas"),
    ("Mehrsprachige Bücherkisten für die Kitas in der Nordstadt", "Mehrsprachige Bücherkisten für Kitas"),
    ("Willkommensmappe für Neuzugezogene in mehreren Sprachen", "Willkommensmappe in sechs Sprachen"),
    ("Beratung zur Anerkennung ausländischer Berufsabschlüsse direkt in Musterstadt", "Beratung zur Anerkennung an einer Stelle"),
    ("Anerkennung von Abschlüssen an einer Stelle beraten", "Beratung zur Anerkennung an einer Stelle"),
    ("Praktikumsbörse für junge Geflüchtete", "Praktikumsbörse mit Betrieben aus der Stadt"),
    ("Praktikumsbörse mit Betrieben aus der Stadt", "Praktikumsbörse mit Betrieben aus der Stadt"),
    ("Ausbildungsmesse auch in Türkisch und Arabisch", "Ausbildungsmesse auch in Türkisch und Arabisch"),
    ("Ausbildungspatenschaften: Betriebe begleiten junge Zugewanderte", "Patenschaften von Azubis für neue Azubis"),
    ("Patenschaften von Azubis für neue Azubis", "Patenschaften von Azubis für neue Azubis"),
    ("Anlaufstelle bei Diskriminierung auf dem Wohnungsmarkt", "Beratung bei Diskriminierung auf dem Wohnungsmarkt"),
    ("Begegnungsgarten am Hang", "Interkultureller Gemeinschaftsgarten"),
    ("Interkulturelles Straßenfest im Südviertel", "Straßenfeste in jedem Stadtteil"),
    ("Vereinsmesse: Alle Vereine stellen sich vor – mehrsprachig", "Vereinsbörse: Vereine stellen sich mehrsprachig vor"),
    ("Schnuppertraining für Mädchen im Sportverein", "Schnuppertraining „Sport für alle“"),
    ("Dolmetscherpool für Arztbesuche", "Dolmetscherpool für Arztbesuche"),
    ("Pflegeberatung für Seniorinnen und Senioren mit Migrationsgeschichte", "Sprechstunde der Pflegeberatung in der Moschee"),
    ("Psychosoziale Beratung für Geflüchtete vor Ort", "Gesprächsgruppen für Geflüchtete"),
    ("Erste-Hilfe-Kurs auf Polnisch, Ukrainisch und Russisch", "Erste-Hilfe-Kurse in mehreren Sprachen"),
    ("Ausländerbeirat stärken: Rederecht in allen Ausschüssen", "Rederecht des Beirats in allen Ausschüssen"),
    ("Bürgerversammlungen mit Übersetzung und Kinderbetreuung", "Bürgerversammlungen mit Dolmetschung"),
    ("Mehr junge Leute in den Ausländerbeirat", "Kampagne zur Wahl des Ausländerbeirats"),
];

/// Why the two dropped measures were given up.
pub(super) fn reason(title: &str) -> &'static str {
    if title.starts_with("Siegel") {
        "Die Kammern vergeben seit 2026 ein eigenes Siegel; die Stadt wirbt stattdessen dafür."
    } else {
        "Die Hauptsatzung lässt es nicht zu; der Beirat wird stattdessen zu jeder Sitzung eingeladen."
    }
}
