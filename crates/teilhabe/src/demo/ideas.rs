//! Demo content for Musterstadt's participation process: ideas and comments
//! as residents, associations and businesses would write them.

/// The action fields of the demo process, in order.
pub const ACTION_FIELDS: [&str; 6] =
    ["Sprache & Bildung", "Arbeit & Ausbildung", "Wohnen & Nachbarschaft", "Vereine, Sport & Kultur", "Gesundheit", "Politische Teilhabe"];

/// The neighbourhoods of Musterstadt, in order.
pub const NEIGHBOURHOODS: [&str; 4] = ["Altstadt", "Nordstadt", "Am Hang", "Südviertel"];

pub struct DemoIdea {
    /// Index into DEMO_AUTHORS.
    pub author: usize,
    pub title: &'static str,
    /// Markdown, 2–6 sentences; some with a short bullet list.
    pub body: &'static str,
    /// Index into ACTION_FIELDS.
    pub field: usize,
    /// Index into NEIGHBOURHOODS, or None for the whole town.
    pub neighbourhood: Option<usize>,
    /// How many demo people support it (0–40).
    pub supports: usize,
    /// None, or Some((status, reason, official answer in Markdown)) where status is one of
    /// "under_review", "taken_up", "partly_taken_up", "not_taken_up" (reason required for the last three; answer may be "").
    pub answer: Option<(&'static str, &'static str, &'static str)>,
    /// Days before today the idea was written (0–40).
    pub days_ago: u32,
}

pub struct DemoComment {
    /// Index into IDEAS.
    pub idea: usize,
    /// Index into COMMENTS of the comment this one answers, or None.
    pub parent: Option<usize>,
    /// Index into DEMO_AUTHORS.
    pub author: usize,
    pub body: &'static str,
}

/// (e-mail, display name) of demo participants; all get the demo password.
pub const DEMO_AUTHORS: [(&str, &str); 42] = [
    ("resident@demo.example", "Ayşe Demir"),
    ("verein@demo.example", "Interkultureller Verein Musterstadt"),
    ("klaus.becker@demo.example", "Klaus Becker"),
    ("mehmet.yilmaz@demo.example", "Mehmet Y."),
    ("fatima.alhassan@demo.example", "Fatima Al-Hassan"),
    ("omar.khalil@demo.example", "Omar K."),
    ("zahra.ahmadi@demo.example", "Zahra Ahmadi"),
    ("farid.noori@demo.example", "Farid N."),
    ("olena.kovalenko@demo.example", "Olena Kovalenko"),
    ("dmytro.savchenko@demo.example", "Dmytro S."),
    ("waldemar.schmidt@demo.example", "Waldemar Schmidt"),
    ("irina.wagner@demo.example", "Irina W."),
    ("agnieszka.nowak@demo.example", "Agnieszka Nowak"),
    ("tomasz.wojcik@demo.example", "Tomek"),
    ("giuseppe.russo@demo.example", "Giuseppe Russo"),
    ("giulia.romano@demo.example", "Giulia R."),
    ("tesfay.gebre@demo.example", "Tesfay G."),
    ("senait.habte@demo.example", "Senait Habte"),
    ("rojda.aslan@demo.example", "Rojda Aslan"),
    ("baran.dogan@demo.example", "Baran"),
    ("andrei.popescu@demo.example", "Andrei Popescu"),
    ("ioana.marin@demo.example", "Ioana M."),
    ("lan.nguyen@demo.example", "Lan Nguyen"),
    ("minh.tran@demo.example", "Minh T."),
    ("ursula.hoffmann@demo.example", "Ursula Hoffmann"),
    ("jonas.weber@demo.example", "Jonas W."),
    ("lea.fischer@demo.example", "Lea Fischer"),
    ("sabine.koch@demo.example", "Sabine K."),
    ("thomas.brandt@demo.example", "Thomas Brandt (Malerbetrieb)"),
    ("priya.sharma@demo.example", "Priya S."),
    ("daniel.okafor@demo.example", "Daniel Okafor"),
    ("elif.sahin@demo.example", "Elif Şahin"),
    ("huseyin.celik@demo.example", "Hüseyin Çelik"),
    ("emre.kaya@demo.example", "emre_k"),
    ("yousef.darwish@demo.example", "Yousef D."),
    ("tsv.musterstadt@demo.example", "TSV Musterstadt e. V."),
    ("islamische.gemeinde@demo.example", "Islamische Gemeinde Musterstadt e. V."),
    ("marta.kowalczyk@demo.example", "Marta"),
    ("hanna.lehmann@demo.example", "Oma Hanna"),
    ("max.ludwig@demo.example", "MaxL"),
    ("natalia.petrenko@demo.example", "Natalia P."),
    ("ahmad.haddad@demo.example", "Ahmad Haddad"),
];

pub const IDEAS: [DemoIdea; 66] = [
    // 0
    DemoIdea {
        author: 0,
        title: "Sprachcafé in der Stadtbibliothek – jeden Donnerstagabend",
        body: r#"Viele Leute machen einen Deutschkurs, haben danach aber kaum Gelegenheit, wirklich zu sprechen. Ich
wünsche mir ein offenes Sprachcafé in der Stadtbibliothek: einmal pro Woche, ohne Anmeldung,
kostenlos.

* Ehrenamtliche Gesprächspartner:innen an jedem Tisch
* Thementische (Arztbesuch, Behörde, Smalltalk, Arbeit)
* Tee und Kekse – mehr braucht es nicht

Die Bibliothek liegt zentral, ist barrierefrei und hat donnerstags ohnehin bis 19 Uhr geöffnet."#,
        field: 0,
        neighbourhood: Some(0),
        supports: 34,
        answer: Some((
            "taken_up",
            "Wird in Maßnahme 1.2 „Sprachcafés in allen Stadtteilen“ aufgenommen.",
            r#"Vielen Dank für den Vorschlag und die vielen Unterstützungen! Wir haben mit der Stadtbibliothek
gesprochen: Ab dem Frühjahr gibt es dort donnerstags von 17:30 bis 19:00 Uhr ein Sprachcafé. Die
Idee fließt außerdem in Maßnahme 1.2 der Strategie ein, damit es mittelfristig in jedem Stadtteil
ein solches Angebot gibt.

Wer ehrenamtlich mitmachen möchte, kann sich gern bei der Koordinationsstelle im Rathaus melden."#,
        )),
        days_ago: 38,
    },
    // 1
    DemoIdea {
        author: 26,
        title: "Mehrsprachige Elternabende an der Grundschule Nordstadt",
        body: r#"Ich unterrichte an der Grundschule Nordstadt. Zu unseren Elternabenden kommt oft nur ein Drittel der
Eltern – nicht aus Desinteresse, sondern weil viele kaum etwas verstehen. Mein Vorschlag: Zu den
wichtigen Elternabenden (Einschulung, Übergang in Klasse 5) laden wir Sprachmittler:innen für
Türkisch, Arabisch, Ukrainisch und Dari ein. Auch die Einladungen sollten übersetzt werden, am
besten mit Piktogrammen."#,
        field: 0,
        neighbourhood: Some(1),
        supports: 17,
        answer: Some((
            "partly_taken_up",
            "Sprachmittlung für die Elternabende zu Einschulung und Übergang wird über Maßnahme 1.4 finanziert.",
            r#"Liebe Frau Fischer, danke für den Hinweis aus der Praxis. Über den städtischen Sprachmittlerpool
können wir ab dem nächsten Schuljahr die beiden wichtigsten Elternabende an allen Grundschulen
begleiten. Für alle weiteren Termine reichen die Mittel im Moment leider nicht. Wir prüfen gemeinsam
mit dem Staatlichen Schulamt, ob es dafür zusätzliche Fördermöglichkeiten gibt."#,
        )),
        days_ago: 35,
    },
    // 2
    DemoIdea {
        author: 8,
        title: "Розмовний клуб німецької мови для мам із маленькими дітьми",
        body: r#"Багато мам з України не можуть відвідувати інтеграційний курс, бо для дітей немає місця в дитячому
садку. Пропоную раз на тиждень проводити розмовний клуб німецької мови, де діти можуть гратися в тій
самій кімнаті. Наприклад, у Bürgerhaus у Нордштадті. Я готова допомагати з організацією."#,
        field: 0,
        neighbourhood: Some(1),
        supports: 5,
        answer: None,
        days_ago: 30,
    },
    // 3
    DemoIdea {
        author: 25,
        title: "Hausaufgabenhilfe im Jugendhaus Südviertel ausbauen",
        body: r#"Ich studiere Lehramt und helfe seit einem Jahr ehrenamtlich bei der Hausaufgabenhilfe im Jugendhaus.
Wir haben im Moment zwei Nachmittage und eine Warteliste mit fast 20 Kindern. Mit einem dritten
Nachmittag und ein paar mehr Ehrenamtlichen (z. B. Oberstufenschüler:innen gegen ein kleines
Taschengeld) könnten wir alle aufnehmen."#,
        field: 0,
        neighbourhood: Some(3),
        supports: 12,
        answer: None,
        days_ago: 27,
    },
    // 4
    DemoIdea {
        author: 6,
        title: "Deutschkurs am Vormittag mit Kinderbetreuung",
        body: r#"Ich bin seit zwei Jahren in Musterstadt und möchte besser Deutsch lernen. Die Kurse sind abends oder
in einer anderen Stadt. Mit zwei kleinen Kindern geht das nicht. Ein Kurs am Vormittag hier in
Musterstadt, mit Kinderbetreuung im Nebenraum, wäre für viele Frauen eine große Hilfe. Ich kenne
mindestens zehn Frauen, die sofort kommen würden."#,
        field: 0,
        neighbourhood: None,
        supports: 18,
        answer: Some((
            "under_review",
            "",
            r#"Danke, Frau Ahmadi! Wir klären gerade mit der Volkshochschule und dem Kreis, ob ein Vormittagskurs
mit Kinderbetreuung in Musterstadt möglich ist. Sobald es Neuigkeiten gibt, melden wir uns hier."#,
        )),
        days_ago: 20,
    },
    // 5
    DemoIdea {
        author: 27,
        title: "Willkommensmappe für Neuzugezogene in mehreren Sprachen",
        body: r#"Als wir vor drei Jahren hergezogen sind, mussten wir uns alles mühsam zusammensuchen: Wo melde ich
mein Kind für den Kindergarten an? Wann wird der gelbe Sack abgeholt? Welche Vereine gibt es?

Eine Willkommensmappe, die man bei der Anmeldung im Bürgerbüro bekommt – auf Deutsch, Englisch,
Türkisch, Arabisch, Ukrainisch und in einfacher Sprache –, würde allen Neuen helfen, nicht nur
Menschen mit Migrationsgeschichte."#,
        field: 0,
        neighbourhood: None,
        supports: 12,
        answer: Some((
            "taken_up",
            "Wird als Maßnahme 1.1 „Willkommenspaket Musterstadt“ umgesetzt.",
            r#"Vielen Dank, Frau Koch! Die Willkommensmappe wird Teil der Strategie. Wir erstellen sie gemeinsam
mit dem Ausländerbeirat und dem Interkulturellen Verein, damit die Inhalte wirklich zu den Fragen
passen, die Neuzugezogene haben. Die erste Ausgabe soll im Herbst im Bürgerbüro und online verfügbar
sein."#,
        )),
        days_ago: 33,
    },
    // 6
    DemoIdea {
        author: 29,
        title: "Tandem partners for international students",
        body: r#"Hi! I'm doing my master's at the university of applied sciences and living in Musterstadt because
the rent is cheaper here. My German is stuck at A2 because I only speak English at uni.

It would be great to have a simple tandem board (online or at the library) where locals who want to
practise English, Hindi or anything else can meet people like me who want to practise German. I'd
happily help set it up."#,
        field: 0,
        neighbourhood: None,
        supports: 4,
        answer: None,
        days_ago: 24,
    },
    // 7
    DemoIdea {
        author: 31,
        title: "Stadtbibliothek'te çocuklar için anadilde okuma saati",
        body: r#"Çocuklarımız Almancayı okulda çok hızlı öğreniyor, ama Türkçe okumayı ve yazmayı unutuyorlar.
Stadtbibliothek'te ayda bir kez Türkçe, Arapça, Ukraynaca gibi farklı dillerde masal saati
düzenlenebilir. Veliler gönüllü olarak okuyabilir, ben de seve seve yardım ederim. Böylece kütüphane
de daha fazla aileye ulaşır."#,
        field: 0,
        neighbourhood: Some(0),
        supports: 11,
        answer: None,
        days_ago: 22,
    },
    // 8
    DemoIdea {
        author: 38,
        title: "Lesepatinnen und Lesepaten für Erstklässler am Hang",
        body: r#"Ich bin 71 und habe Zeit. Früher war ich Buchhändlerin. Ich würde gern einmal in der Woche mit
Kindern lesen, die zu Hause wenig Deutsch sprechen. Bestimmt gibt es am Hang noch mehr Ältere, die
das gern machen würden. Die Grundschule müsste uns nur sagen, wann und wo."#,
        field: 0,
        neighbourhood: Some(2),
        supports: 8,
        answer: None,
        days_ago: 18,
    },
    // 9
    DemoIdea {
        author: 16,
        title: "Alphabetisierungskurs für Erwachsene",
        body: r#"Manche Menschen haben in ihrem Heimatland nie lesen und schreiben gelernt. Für sie ist der normale
Deutschkurs viel zu schnell. Wir brauchen in Musterstadt einen kleinen Kurs mit viel Zeit und
Geduld."#,
        field: 0,
        neighbourhood: None,
        supports: 4,
        answer: None,
        days_ago: 15,
    },
    // 10
    DemoIdea {
        author: 22,
        title: "Mehrsprachige Bücherkisten für die Kitas in der Nordstadt",
        body: r#"In den Kitas der Nordstadt sprechen die Kinder zu Hause über 15 Sprachen. Eine wandernde Bücherkiste
mit Bilderbüchern in den Familiensprachen und zweisprachigen Büchern würde den Kindern zeigen: Deine
Sprache gehört auch hierher. Die Stadtbibliothek könnte die Kisten verwalten und alle drei Monate
tauschen."#,
        field: 0,
        neighbourhood: Some(1),
        supports: 5,
        answer: None,
        days_ago: 12,
    },
    // 11
    DemoIdea {
        author: 4,
        title: "Arabischunterricht für Kinder an den Schulen",
        body: r#"Meine Kinder sprechen Arabisch, aber schreiben können sie es nicht. An der Schule gibt es
nachmittags Türkischunterricht, aber kein Arabisch. Kann die Stadt dafür sorgen, dass es auch
Arabisch und vielleicht Dari gibt?"#,
        field: 0,
        neighbourhood: None,
        supports: 3,
        answer: None,
        days_ago: 9,
    },
    // 12
    DemoIdea {
        author: 28,
        title: "Ausbildungspatenschaften: Betriebe begleiten junge Zugewanderte",
        body: r#"Ich habe einen Malerbetrieb mit acht Leuten und bilde seit Jahren aus. Meine beiden besten Azubis
der letzten Jahre kamen aus Syrien und Eritrea. Was ihnen am Anfang gefehlt hat, war nicht Fleiß,
sondern jemand, der erklärt, wie die Berufsschule funktioniert, was in einer Lohnabrechnung steht
und warum man sich bei Krankheit morgens vor Arbeitsbeginn meldet.

Vorschlag: ein Patenschaftsprogramm, bei dem erfahrene Handwerker:innen – gern auch im Ruhestand –
je eine:n Auszubildende:n im ersten Lehrjahr begleiten. Die Handwerkerschaft und die Stadt könnten
das gemeinsam organisieren. Ich mache selbst als Pate mit."#,
        field: 1,
        neighbourhood: None,
        supports: 14,
        answer: Some((
            "taken_up",
            "Wird in Maßnahme 2.1 „Ausbildungspatenschaften“ aufgenommen.",
            r#"Herzlichen Dank, Herr Brandt – und danke, dass Sie selbst mitmachen wollen! Wir bauen das
Patenschaftsprogramm gemeinsam mit der örtlichen Handwerkerschaft und dem Jobcenter auf. Ein erstes
Treffen interessierter Betriebe und Pat:innen findet im Rathaus statt; den Termin veröffentlichen
wir hier auf der Plattform."#,
        )),
        days_ago: 37,
    },
    // 13
    DemoIdea {
        author: 41,
        title: "Beratung zur Anerkennung ausländischer Berufsabschlüsse direkt in Musterstadt",
        body: r#"Ich bin Apotheker und habe in Damaskus studiert. Bis meine Approbation anerkannt war, hat es fast
drei Jahre gedauert – auch weil ich lange nicht wusste, welche Stelle zuständig ist und welche
Unterlagen übersetzt werden müssen. In Musterstadt leben viele Ingenieur:innen, Pflegekräfte und
Lehrer:innen, die weit unter ihrer Qualifikation arbeiten.

Eine feste monatliche Sprechstunde zur Anerkennung im Rathaus oder im Bürgerhaus würde viel
bewirken. Die Beratung gibt es zwar in der Kreisstadt, aber wer Schicht arbeitet, schafft die Fahrt
dorthin kaum."#,
        field: 1,
        neighbourhood: None,
        supports: 15,
        answer: Some((
            "partly_taken_up",
            "Eine monatliche Außensprechstunde der Anerkennungsberatung wird in Maßnahme 2.2 aufgenommen.",
            r#"Vielen Dank für Ihren ausführlichen Beitrag, Herr Haddad. Eine eigene städtische Beratungsstelle
können wir nicht aufbauen – die fachliche Anerkennungsberatung liegt bei Land und Kreis. Wir haben
aber vereinbart, dass die Beratungsstelle ab Herbst einmal im Monat eine Sprechstunde im Bürgerhaus
Nordstadt anbietet, und zwar am späten Nachmittag, damit auch Berufstätige kommen können."#,
        )),
        days_ago: 34,
    },
    // 14
    DemoIdea {
        author: 20,
        title: "Busverbindung zum Gewerbegebiet Ost auch für Früh- und Spätschicht",
        body: r#"Die Linie 3 fährt morgens erst ab 6:10 Uhr ins Gewerbegebiet Ost und abends nach 20 Uhr gar nicht
mehr. Die Frühschicht in den Logistikhallen beginnt aber um 6 Uhr, die Spätschicht endet um 22 Uhr.
Wer kein Auto hat – und das sind viele von uns im Südviertel –, läuft 40 Minuten oder ist auf
Fahrgemeinschaften angewiesen, die nicht immer klappen.

Zwei zusätzliche Fahrten am Morgen und zwei am Abend würden reichen. Vielleicht könnten sich die
Firmen im Gewerbegebiet auch an den Kosten beteiligen."#,
        field: 1,
        neighbourhood: Some(3),
        supports: 31,
        answer: Some((
            "under_review",
            "Für den Busverkehr ist der Kreis zuständig; wir haben den Vorschlag an die Nahverkehrsplanung weitergegeben.",
            r#"Danke, Herr Popescu, und danke an alle, die den Vorschlag unterstützen. Die Linienplanung macht
nicht die Stadt, sondern der Kreis. Wir haben die Idee mit den Unterstützungszahlen dort eingebracht
und sprechen parallel mit den Firmen im Gewerbegebiet über ein gemeinsam finanziertes Angebot, zum
Beispiel einen Anrufbus. Sobald es ein Ergebnis gibt, melden wir uns hier."#,
        )),
        days_ago: 29,
    },
    // 15
    DemoIdea {
        author: 30,
        title: "Help for the partners of newly hired international staff",
        body: r#"I moved here four months ago to work as an electrical engineer for one of the companies in the
industrial park. My employer helped me a lot – but my wife, who is a qualified accountant, is
completely on her own. She doesn't know where to start: language course, recognition of her degree,
job search.

Many companies here now recruit abroad. A small "partner programme" (an info evening, a few
contacts, maybe a mentor) would make families much more likely to stay in Musterstadt for the long
term."#,
        field: 1,
        neighbourhood: None,
        supports: 2,
        answer: None,
        days_ago: 26,
    },
    // 16
    DemoIdea {
        author: 5,
        title: "Praktikumsbörse für junge Geflüchtete",
        body: r#"Ich bin 19 und mache gerade meinen Hauptschulabschluss nach. Viele Betriebe sagen, sie suchen
Azubis, aber man weiß nicht, welche. Eine einfache Liste oder ein Tag, an dem sich Betriebe und
Jugendliche treffen, wäre gut. Ein Praktikum ist der beste Weg, um zu zeigen, was man kann."#,
        field: 1,
        neighbourhood: None,
        supports: 5,
        answer: None,
        days_ago: 21,
    },
    // 17
    DemoIdea {
        author: 32,
        title: "Esnaf ve yeni iş kuranlar için Türkçe danışmanlık günü",
        body: r#"Altstadt'ta otuz yıldır bir manav dükkânım var. Yeni iş kuran gençler vergi, sigorta ve çıraklık
eğitimi konusunda çok zorlanıyor, çünkü bilgiler sadece Almanca. Belediye ve Ticaret Odası yılda
birkaç kez Türkçe (belki Arapça da) bir danışmanlık günü düzenleyebilir. Ben de tecrübelerimi
paylaşmaya hazırım."#,
        field: 1,
        neighbourhood: Some(0),
        supports: 4,
        answer: None,
        days_ago: 19,
    },
    // 18
    DemoIdea {
        author: 17,
        title: "Bewerbungstraining für Frauen mit Migrationsgeschichte",
        body: r#"Viele Frauen in meiner Community haben gearbeitet, bevor sie nach Deutschland kamen – als
Schneiderin, Verkäuferin, Lehrerin. Hier trauen sie sich nicht, sich zu bewerben, weil sie das
System nicht kennen. Ein Kurs nur für Frauen, mit Kinderbetreuung, in dem man Lebenslauf,
Anschreiben und Vorstellungsgespräch übt, würde Mut machen."#,
        field: 1,
        neighbourhood: None,
        supports: 9,
        answer: None,
        days_ago: 16,
    },
    // 19
    DemoIdea {
        author: 12,
        title: "Kinderbetreuung in Randzeiten für Eltern im Schichtdienst",
        body: r#"Ich arbeite in der Pflege im Schichtdienst, mein Mann auf dem Bau. Die Kita öffnet um 7:30 Uhr, mein
Dienst beginnt um 6. Ohne Oma vor Ort ist das jeden Tag ein Kampf.

Könnte eine Kita in Musterstadt früher öffnen, oder kann die Stadt Tagesmütter für die frühen
Stunden vermitteln? Das betrifft viele Familien, nicht nur zugewanderte."#,
        field: 1,
        neighbourhood: None,
        supports: 14,
        answer: None,
        days_ago: 14,
    },
    // 20
    DemoIdea {
        author: 18,
        title: "Ausbildungsabend an der Gesamtschule am Hang – mit den Eltern",
        body: r#"Bei der Berufswahl entscheiden bei uns oft die Eltern mit. Viele Eltern kennen das duale
Ausbildungssystem aber nicht und glauben, nur ein Studium sei etwas wert. Vorschlag: ein
Ausbildungsabend an der Gesamtschule am Hang, bei dem sich Betriebe und Azubis vorstellen und es
Sprachmittlung für die Eltern gibt.

* Azubis mit Migrationsgeschichte erzählen selbst
* Betriebe aus Musterstadt mit eigenen Ständen
* Infos zu Verdienst und Aufstiegschancen"#,
        field: 1,
        neighbourhood: Some(2),
        supports: 10,
        answer: None,
        days_ago: 11,
    },
    // 21
    DemoIdea {
        author: 9,
        title: "Вечірні курси професійної німецької для тих, хто вже працює",
        body: r#"Я інженер-будівельник, зараз працюю на складі, щоб утримувати сім'ю. Щоб працювати за фахом, мені
потрібен рівень B2 і професійна лексика. Але всі курси проходять вдень, а я в цей час працюю.
Пропоную вечірні або суботні курси професійної німецької мови в Musterstadt, наприклад для технічних
професій і медицини."#,
        field: 1,
        neighbourhood: None,
        supports: 2,
        answer: None,
        days_ago: 10,
    },
    // 22
    DemoIdea {
        author: 23,
        title: "Infoabend: Rechte am Arbeitsplatz in verständlicher Sprache",
        body: r#"In der Gastronomie und in Nagelstudios arbeiten viele Leute, die ihre Rechte nicht kennen:
Mindestlohn, Urlaub, Krankmeldung. Ein Infoabend mit Übersetzung (Vietnamesisch, Rumänisch, Arabisch
…) wäre hilfreich. Am besten abends nach Ladenschluss."#,
        field: 1,
        neighbourhood: Some(0),
        supports: 3,
        answer: None,
        days_ago: 7,
    },
    // 23
    DemoIdea {
        author: 16,
        title: "Anlaufstelle bei Diskriminierung auf dem Wohnungsmarkt",
        body: r#"Ich suche seit über einem Jahr eine Dreizimmerwohnung für meine Familie. Ich habe eine feste Stelle,
aber wenn ich am Telefon meinen Namen sage, ist die Wohnung plötzlich schon vergeben. Eine Kollegin
mit deutschem Namen hat für dieselbe Wohnung am nächsten Tag einen Besichtigungstermin bekommen.

Die Stadt sollte eine Stelle haben, an die man sich in so einem Fall wenden kann. Und sie sollte mit
den großen Vermietern in Musterstadt, auch mit der städtischen Wohnungsgesellschaft, über eine faire
Vergabe sprechen."#,
        field: 2,
        neighbourhood: None,
        supports: 19,
        answer: None,
        days_ago: 36,
    },
    // 24
    DemoIdea {
        author: 37,
        title: "Nachbarschaftshilfe Am Hang: Wer kann was?",
        body: r#"Am Hang wohnen viele Ältere allein und gleichzeitig viele junge Familien, die neu hier sind. Ich
stelle mir eine Pinnwand vor (im Supermarkt und online), auf der man Hilfe anbietet oder sucht:
einkaufen, Fahrrad reparieren, ein Formular ausfüllen, mal eine Stunde auf die Kinder aufpassen. So
lernt man sich ganz nebenbei kennen."#,
        field: 2,
        neighbourhood: Some(2),
        supports: 13,
        answer: None,
        days_ago: 28,
    },
    // 25
    DemoIdea {
        author: 7,
        title: "Begegnungsgarten am Hang",
        body: r#"Unterhalb der Gesamtschule am Hang liegt eine Wiese, die nur zweimal im Jahr gemäht wird. Dort
könnte ein Gemeinschaftsgarten entstehen: Hochbeete für Familien aus der Nachbarschaft, ein Schuppen
für Werkzeug, eine Bank im Schatten.

In Afghanistan war ich Gärtner. Ich würde gern zeigen, wie man hier Koriander und Okra anbaut, und
von den Nachbarn lernen, wie man Kartoffeln richtig lagert. Gärtnern braucht am Anfang keine
gemeinsame Sprache – die kommt dann von selbst."#,
        field: 2,
        neighbourhood: Some(2),
        supports: 29,
        answer: None,
        days_ago: 32,
    },
    // 26
    DemoIdea {
        author: 10,
        title: "Mülltrennung und Hausordnung mehrsprachig erklären",
        body: r#"In unserem Block in der Nordstadt gibt es immer wieder Ärger wegen falsch getrenntem Müll und Lärm
nach 22 Uhr. Meistens ist das kein böser Wille. Als wir 1994 aus Kasachstan kamen, wussten wir das
alles auch nicht.

Die Wohnungsgesellschaft und die Stadt könnten Aufkleber mit Bildern für die Mülltonnen machen und
die Hausordnung in den wichtigsten Sprachen aushängen. Das spart viel Streit."#,
        field: 2,
        neighbourhood: Some(1),
        supports: 4,
        answer: None,
        days_ago: 25,
    },
    // 27
    DemoIdea {
        author: 11,
        title: "Spielplatz hinter dem Bürgerhaus Nordstadt als Treffpunkt aufwerten",
        body: r#"Der Spielplatz hinter dem Bürgerhaus ist der einzige Ort in der Nordstadt, an dem sich Eltern aus
allen Ecken treffen. Leider gibt es kaum Bänke, keinen Schatten und keinen Trinkbrunnen. Mit ein
paar Bänken im Kreis und einem Sonnensegel würden dort viel mehr Gespräche entstehen."#,
        field: 2,
        neighbourhood: Some(1),
        supports: 15,
        answer: None,
        days_ago: 23,
    },
    // 28
    DemoIdea {
        author: 3,
        title: "Südviertel'de kalabalık aileler için uygun fiyatlı konut",
        body: r#"Dört çocuklu bir aileyiz ve üç odalı bir dairede yaşıyoruz. Südviertel'de kalabalık aileler için
uygun fiyatlı daire neredeyse yok. Belediyenin konut şirketi yeni binalarda dört ve beş odalı
daireler de planlamalı.

Ayrıca sosyal konut başvurusunun nasıl yapıldığını Türkçe ve diğer dillerde anlatan bir broşür çok
işe yarar."#,
        field: 2,
        neighbourhood: Some(3),
        supports: 17,
        answer: None,
        days_ago: 21,
    },
    // 29
    DemoIdea {
        author: 24,
        title: "Wohnungstauschbörse: Große Wohnung gegen kleine",
        body: r#"Seit dem Tod meines Mannes wohne ich allein auf 95 Quadratmetern, drei Straßen weiter sucht eine
Familie mit vier Kindern verzweifelt etwas Größeres. Ich würde tauschen, aber nur, wenn meine Miete
dadurch nicht steigt und mir jemand beim Umzug hilft.

Die städtische Wohnungsgesellschaft könnte so einen Tausch organisieren. Das schafft Platz, ohne
dass ein einziges Haus gebaut werden muss."#,
        field: 2,
        neighbourhood: None,
        supports: 11,
        answer: None,
        days_ago: 20,
    },
    // 30
    DemoIdea {
        author: 15,
        title: "Unterführung am Bahnhof Südviertel heller machen",
        body: r#"Viele Frauen, gerade die, die spät von der Arbeit kommen, meiden abends die Unterführung zwischen
Bahnhof und Südviertel. Sie ist dunkel und riecht. Bessere Beleuchtung und ein Wandbild von
Jugendlichen aus dem Viertel würden viel ändern. Sich sicher zu fühlen ist auch Teilhabe."#,
        field: 2,
        neighbourhood: Some(3),
        supports: 8,
        answer: None,
        days_ago: 17,
    },
    // 31
    DemoIdea {
        author: 40,
        title: "Nachbarschaftscafé im Erdgeschoss der Hochhäuser Nordstadt",
        body: r#"In den drei Hochhäusern wohnen fast 600 Menschen, aber man kennt sich kaum. Im Erdgeschoss steht
seit Jahren ein ehemaliger Laden leer. Daraus könnte ein kleines Nachbarschaftscafé werden, zwei
Nachmittage pro Woche, betrieben von Bewohner:innen. Ich würde backen!"#,
        field: 2,
        neighbourhood: Some(1),
        supports: 3,
        answer: None,
        days_ago: 13,
    },
    // 32
    DemoIdea {
        author: 30,
        title: "Finding a flat as a newcomer: a short guide in English",
        body: r#"Flat hunting has been the hardest part of moving here. Nobody told me what a SCHUFA report is, why
landlords ask for a "Mietschuldenfreiheitsbescheinigung", or that the "Kaltmiete" doesn't include
heating.

A two-page guide in English (and other languages) on the city website would save newcomers a lot of
stress and a few expensive mistakes."#,
        field: 2,
        neighbourhood: None,
        supports: 1,
        answer: None,
        days_ago: 8,
    },
    // 33
    DemoIdea {
        author: 21,
        title: "Leere Läden in der Altstadt für Begegnung nutzen",
        body: r#"In der Altstadt stehen mehrere Ladenlokale leer. Die Stadt könnte mit den Eigentümer:innen
Zwischennutzungen vereinbaren: ein Reparaturcafé, eine Kleidertauschbörse, Ausstellungen von
Vereinen. Lieber belebt als verstaubt."#,
        field: 2,
        neighbourhood: Some(0),
        supports: 2,
        answer: None,
        days_ago: 4,
    },
    // 34
    DemoIdea {
        author: 14,
        title: "Interkulturelles Straßenfest im Südviertel",
        body: r#"Seit 28 Jahren habe ich meine Pizzeria im Südviertel. Das Viertel hat einen schlechten Ruf, den es
nicht verdient. Machen wir doch einmal im Jahr ein großes Straßenfest: Jede Community kocht etwas,
die Vereine machen Musik und Spiele für Kinder, die Geschäfte stellen Tische raus.

* Termin im Juni, bevor die Sommerferien anfangen
* Straße ab Mittag für Autos gesperrt
* Essen zum Selbstkostenpreis, damit alle kommen können

Ich spendiere den Pizzaofen und den Teig!"#,
        field: 3,
        neighbourhood: Some(3),
        supports: 38,
        answer: Some((
            "taken_up",
            "Wird als Maßnahme 4.1 „Fest der Vielfalt im Südviertel“ aufgenommen und jährlich durchgeführt.",
            r#"Lieber Herr Russo, so viel Unterstützung hatte kaum eine andere Idee – und Ihr Pizzaofen ist schon
fest eingeplant! Das erste Fest findet am letzten Samstag vor den Sommerferien statt. Die Stadt
übernimmt Straßensperrung, Genehmigungen und Bühne.

Zum Vorbereitungstreffen mit Vereinen, Geschäften und Communities laden wir hier auf der Plattform
ein."#,
        )),
        days_ago: 39,
    },
    // 35
    DemoIdea {
        author: 4,
        title: "Sportvereine offen für Mädchen mit Kopftuch",
        body: r#"Meine Tochter (12) spielt gern Basketball. Beim Probetraining wurde ihr gesagt, dass sie mit
Kopftuch bei Spielen nicht mitmachen darf. Das stimmt nach den Regeln des Verbands längst nicht
mehr, aber sie ist nie wieder hingegangen.

Ich wünsche mir, dass die Vereine ihre Trainer:innen informieren und offen sagen: Bei uns ist jede
willkommen. Ein Sportkopftuch in den Vereinsfarben wäre ein schönes Zeichen."#,
        field: 3,
        neighbourhood: None,
        supports: 16,
        answer: None,
        days_ago: 31,
    },
    // 36
    DemoIdea {
        author: 6,
        title: "Schwimmkurse und Schwimmzeit nur für Frauen im Hallenbad",
        body: r#"Viele Frauen können nicht schwimmen, auch Mütter, deren Kinder es gerade lernen. Vor Männern möchten
viele nicht ins Wasser gehen. Ein Abend pro Woche nur für Frauen, mit Schwimmlehrerin, wäre
wunderbar. In anderen Städten gibt es das schon."#,
        field: 3,
        neighbourhood: None,
        supports: 35,
        answer: Some((
            "partly_taken_up",
            "Frauenschwimmen startet als monatlicher Pilot (Maßnahme 4.4); wöchentlich ist wegen der Hallenbelegung noch nicht möglich.",
            r#"Danke, Frau Ahmadi, und danke an alle, die die Idee unterstützt haben – das zeigt, wie groß der
Bedarf ist. Ab Januar gibt es einmal im Monat einen Frauenschwimmabend mit weiblicher Aufsicht und
Sichtschutz an der Glasfront. Die Schwimmabteilung des TSV bietet dazu einen Anfängerinnenkurs an.

Einen wöchentlichen Termin können wir im Moment nicht anbieten, weil Schulen und Vereine das Bad an
den Abenden belegen. Wenn der Pilot gut angenommen wird, verhandeln wir die Belegung neu."#,
        )),
        days_ago: 30,
    },
    // 37
    DemoIdea {
        author: 35,
        title: "Ein beitragsfreies Schnupperjahr für neu zugezogene Kinder",
        body: r#"Der TSV Musterstadt hat 14 Abteilungen, aber Kinder aus zugewanderten Familien erreichen wir kaum.
Oft scheitert es am Beitrag oder an der Anmeldung mit vielen Formularen.

Wir schlagen vor: Kinder, die neu in Musterstadt sind, können ein Jahr lang beitragsfrei bei uns
Sport machen. Der Verein übernimmt die Hälfte, die Stadt die andere Hälfte. Außerdem suchen wir
Übungsleiter:innen, die selbst Türkisch, Arabisch oder Ukrainisch sprechen."#,
        field: 3,
        neighbourhood: None,
        supports: 12,
        answer: None,
        days_ago: 26,
    },
    // 38
    DemoIdea {
        author: 33,
        title: "Gençler için akşamları açık spor salonu",
        body: r#"Südviertel'de gençlerin akşamları gidebileceği bir yer yok. Okulun spor salonu saat 18'den sonra boş
duruyor. Haftada iki akşam salon açılsa da basketbol ya da futbol oynasak, sokakta takılmaktan çok
daha iyi olur. Gençlik merkezinden bir sosyal çalışmacı da orada olabilir."#,
        field: 3,
        neighbourhood: Some(3),
        supports: 19,
        answer: None,
        days_ago: 18,
    },
    // 39
    DemoIdea {
        author: 29,
        title: "International cooking nights at the Bürgerhaus",
        body: r#"Food is the easiest way to meet people. Once a month, one community could cook for everyone at the
Bürgerhaus: Indian one month, Eritrean the next, Hessian after that (Grüne Soße!). Everyone pays a
few euros, and the cooks tell us a bit about where the dishes come from.

I'd volunteer for the first evening – my dal is famous among my flatmates."#,
        field: 3,
        neighbourhood: None,
        supports: 5,
        answer: None,
        days_ago: 14,
    },
    // 40
    DemoIdea {
        author: 15,
        title: "Filmreihe „Ankommen“ im Kino in der Altstadt",
        body: r#"Das kleine Kino in der Altstadt zeigt sonntags Sonderprogramme. Wie wäre es mit einer Filmreihe
während der Interkulturellen Woche im September: Filme aus den Herkunftsländern der
Musterstädter:innen mit deutschen Untertiteln, danach ein Gespräch mit Leuten aus der jeweiligen
Community?"#,
        field: 3,
        neighbourhood: Some(0),
        supports: 2,
        answer: None,
        days_ago: 12,
    },
    // 41
    DemoIdea {
        author: 11,
        title: "Chor der Kulturen",
        body: r#"Singen verbindet. Ich singe seit Jahren im Kirchenchor und würde gern einen offenen Chor gründen, in
dem wir Lieder aus allen Ländern singen, die in Musterstadt zu Hause sind: russische, türkische,
ukrainische, eritreische und deutsche Volkslieder. Noten lesen muss niemand. Wir suchen einen Raum
und vielleicht eine Chorleitung."#,
        field: 3,
        neighbourhood: None,
        supports: 3,
        answer: None,
        days_ago: 9,
    },
    // 42
    DemoIdea {
        author: 1,
        title: "Vereinsmesse: Alle Vereine stellen sich vor – mehrsprachig",
        body: r#"Musterstadt hat über 120 Vereine, aber Neuzugezogene kennen kaum einen davon. Wir schlagen eine
jährliche Vereinsmesse in der Stadthalle vor, bei der sich alle Vereine präsentieren können – mit
Dolmetscher:innen an einem zentralen Infostand und Flyern in mehreren Sprachen. Der Interkulturelle
Verein übernimmt gern die Koordination der Sprachmittlung."#,
        field: 3,
        neighbourhood: None,
        supports: 10,
        answer: None,
        days_ago: 24,
    },
    // 43
    DemoIdea {
        author: 19,
        title: "Übungsleiterlizenz für junge Leute mit Migrationsgeschichte bezahlen",
        body: r#"Ich trainiere seit zwei Jahren ehrenamtlich die E-Jugend im Fußball. Die Übungsleiterlizenz kostet
Geld und viele Wochenenden. Wenn die Stadt die Kosten für junge Leute übernimmt, die sich
verpflichten, mindestens zwei Jahre zu trainieren, hätten die Vereine mehr Trainer:innen, die die
Kinder verstehen – auch sprachlich."#,
        field: 3,
        neighbourhood: None,
        supports: 0,
        answer: None,
        days_ago: 6,
    },
    // 44
    DemoIdea {
        author: 34,
        title: "أمسية للتعارف: طبخ وموسيقى من سوريا",
        body: r#"نحن مجموعة من العائلات السورية في موسترشتات. نريد أن نتعرّف أكثر على جيراننا وأن نعرّفهم على
ثقافتنا. نقترح تنظيم أمسية مرة كل ثلاثة أشهر في قاعة في البلدة القديمة: طبخ مشترك، وموسيقى العود،
وحكايات من بلادنا. نحتاج فقط إلى قاعة مجانية ومساعدة في الإعلان باللغة الألمانية."#,
        field: 3,
        neighbourhood: Some(0),
        supports: 8,
        answer: None,
        days_ago: 16,
    },
    // 45
    DemoIdea {
        author: 36,
        title: "Muslimisches Grabfeld auf dem städtischen Friedhof",
        body: r#"Viele Familien, die seit Jahrzehnten in Musterstadt leben, lassen ihre Verstorbenen noch immer in
der Türkei, in Bosnien oder in Syrien beerdigen – auch weil es hier keine Möglichkeit gibt, nach
islamischem Ritus bestattet zu werden. Die Enkel kennen diese Gräber oft gar nicht.

Wir bitten darum, auf dem städtischen Friedhof ein Grabfeld mit Ausrichtung nach Mekka einzurichten
und die Friedhofssatzung so anzupassen, dass eine Bestattung im Leichentuch möglich ist, wie es das
Landesrecht grundsätzlich zulässt. Wer hier gelebt hat, soll hier auch seine letzte Ruhe finden
können."#,
        field: 3,
        neighbourhood: None,
        supports: 13,
        answer: Some((
            "under_review",
            "Das Friedhofsamt prüft Fläche und Satzung; eine Satzungsänderung beschließt die Stadtverordnetenversammlung.",
            r#"Vielen Dank für dieses wichtige Anliegen. Das Friedhofsamt prüft gerade, welche Fläche infrage kommt
und was an der Friedhofssatzung geändert werden müsste. Wir möchten die Gemeinde und die anderen
Religionsgemeinschaften in Musterstadt dabei einbeziehen und laden im nächsten Quartal zu einem
gemeinsamen Gespräch ein."#,
        )),
        days_ago: 34,
    },
    // 46
    DemoIdea {
        author: 25,
        title: "Offene Bühne für Musik aus aller Welt auf dem Marktplatz",
        body: r#"Im Sommer freitagabends eine offene Bühne auf dem Marktplatz: Wer Musik macht, egal ob Saz, Bandura
oder E-Gitarre, darf 20 Minuten spielen. Kostet fast nichts und bringt Leben in die Altstadt."#,
        field: 3,
        neighbourhood: Some(0),
        supports: 0,
        answer: None,
        days_ago: 0,
    },
    // 47
    DemoIdea {
        author: 17,
        title: "Dolmetscherpool für Arztbesuche",
        body: r#"Wenn meine Nachbarin zur Frauenärztin muss, gehe ich mit und übersetze aus dem Tigrinya. Aber ich
bin keine Dolmetscherin, und manche Dinge möchte man nicht vor der Nachbarin erzählen. Oft müssen
sogar Kinder für ihre Eltern übersetzen – beim Arzt! Das darf nicht sein.

Die Stadt könnte einen Pool von geschulten Sprachmittler:innen aufbauen, die man für Arzttermine
buchen kann, vor Ort oder per Video. Die Praxen in Musterstadt würden bestimmt mitmachen."#,
        field: 4,
        neighbourhood: None,
        supports: 33,
        answer: None,
        days_ago: 37,
    },
    // 48
    DemoIdea {
        author: 21,
        title: "Kinderarztpraxis in der Nordstadt",
        body: r#"Seit die Kinderärztin in der Nordstadt in Rente gegangen ist, gibt es im ganzen Stadtteil keine
Kinderarztpraxis mehr. Die anderen Praxen nehmen keine neuen Patienten auf. Wir fahren mit dem Bus
40 Minuten in die Nachbarstadt. Bitte holt wieder eine Kinderärztin in die Nordstadt!"#,
        field: 4,
        neighbourhood: Some(1),
        supports: 28,
        answer: Some((
            "not_taken_up",
            "Über Kassenarztsitze entscheidet die Kassenärztliche Vereinigung, nicht die Stadt; den Bedarf haben wir dort gemeldet.",
            r#"Liebe Frau M., wir verstehen den Ärger sehr gut – das Thema erreicht uns von vielen Familien. Leider
kann die Stadt selbst keine Kinderarztpraxis eröffnen oder Ärzt:innen zuweisen; das regelt die
Bedarfsplanung der Kassenärztlichen Vereinigung. Deshalb können wir die Idee nicht als Maßnahme in
die Strategie aufnehmen.

Wir haben den Bedarf aber mit den Unterstützungszahlen dieser Idee dort gemeldet und helfen
interessierten Kinderärzt:innen bei der Suche nach Praxisräumen. Wir bleiben dran."#,
        )),
        days_ago: 33,
    },
    // 49
    DemoIdea {
        author: 29,
        title: "Mental health support in languages other than German",
        body: r#"Moving countries is lonely, and many of my friends here – students, refugees, young workers –
struggle with anxiety or depression. The waiting lists for therapists are months long, and hardly
anyone offers sessions in English, Arabic or Ukrainian.

Could the city at least publish a list of counselling services that work in other languages, and
maybe host a monthly peer support group?"#,
        field: 4,
        neighbourhood: None,
        supports: 3,
        answer: None,
        days_ago: 10,
    },
    // 50
    DemoIdea {
        author: 7,
        title: "Psychosoziale Beratung für Geflüchtete vor Ort",
        body: r#"Viele Geflüchtete haben Krieg und Flucht erlebt. Manche schlafen seit Jahren nicht richtig. Das
psychosoziale Zentrum ist in der Kreisstadt und hat lange Wartezeiten. Eine Sprechstunde hier in
Musterstadt, einmal pro Woche, mit Dolmetscher, wäre sehr wichtig. Viele wissen gar nicht, dass es
so eine Hilfe gibt."#,
        field: 4,
        neighbourhood: None,
        supports: 10,
        answer: None,
        days_ago: 27,
    },
    // 51
    DemoIdea {
        author: 0,
        title: "Pflegeberatung für Seniorinnen und Senioren mit Migrationsgeschichte",
        body: r#"Die erste Generation der Gastarbeiter:innen ist inzwischen über 75. Meine Schwiegermutter braucht
Pflege, aber sie versteht die Formulare der Pflegekasse nicht und möchte nicht, dass ein fremder
Mann sie wäscht. Viele Familien stemmen alles allein, bis sie nicht mehr können.

* Pflegeberatung mit Sprachmittlung (Türkisch, Italienisch, Russisch, Polnisch …)
* Infonachmittage in Moscheegemeinde, Kulturvereinen und Seniorentreff
* kultursensible Angebote bei den Pflegediensten in Musterstadt"#,
        field: 4,
        neighbourhood: None,
        supports: 14,
        answer: None,
        days_ago: 22,
    },
    // 52
    DemoIdea {
        author: 40,
        title: "Geburtsvorbereitung und Hebammen-Infos in mehreren Sprachen",
        body: r#"Als ich schwanger nach Musterstadt kam, habe ich keine Hebamme gefunden und den
Geburtsvorbereitungskurs kaum verstanden. Ein Kurs mit Dolmetscherin oder wenigstens eine Liste,
welche Hebammen welche Sprachen sprechen, würde schwangeren Frauen sehr helfen."#,
        field: 4,
        neighbourhood: None,
        supports: 2,
        answer: None,
        days_ago: 15,
    },
    // 53
    DemoIdea {
        author: 41,
        title: "Gesundheitstag im Südviertel mit Übersetzung",
        body: r#"Als Apotheker sehe ich jeden Tag, wie viele Menschen Diabetes oder Bluthochdruck haben, ohne es zu
wissen. Ein Gesundheitstag im Südviertel mit kostenlosem Blutzucker- und Blutdruckmessen,
Impfberatung und Ernährungstipps – mit Übersetzung – würde Leute erreichen, die sonst nie zur
Vorsorge gehen. Unsere Apotheke wäre dabei."#,
        field: 4,
        neighbourhood: Some(3),
        supports: 9,
        answer: None,
        days_ago: 11,
    },
    // 54
    DemoIdea {
        author: 38,
        title: "Spaziergruppe für Seniorinnen am Hang",
        body: r#"Jeden Mittwoch um 10 Uhr vom Kiosk am Hang aus eine Runde durch den Wald, langsam und mit Pausen.
Wer mitkommt, ist dabei, egal woher. Bewegung tut gut, und man redet dabei ganz von selbst."#,
        field: 4,
        neighbourhood: Some(2),
        supports: 4,
        answer: None,
        days_ago: 5,
    },
    // 55
    DemoIdea {
        author: 13,
        title: "Erste-Hilfe-Kurs auf Polnisch, Ukrainisch und Russisch",
        body: r#"Den Erste-Hilfe-Kurs für den Führerschein muss jeder machen, aber das Fachvokabular ist für viele
schwer. Ein Kurs mit zweisprachigen Unterlagen wäre gut. Ich kenne Sanitäter, die Polnisch und
Russisch sprechen."#,
        field: 4,
        neighbourhood: None,
        supports: 0,
        answer: None,
        days_ago: 3,
    },
    // 56
    DemoIdea {
        author: 18,
        title: "Ausländerbeirat stärken: Rederecht in allen Ausschüssen",
        body: r#"Ich bin seit vier Jahren im Ausländerbeirat. Wir dürfen Stellungnahmen schreiben, aber oft erfahren
wir von wichtigen Themen erst, wenn schon alles entschieden ist. Was wir brauchen:

* Rederecht in allen Ausschüssen der Stadtverordnetenversammlung, nicht nur im Sozialausschuss
* ein eigenes kleines Budget für Veranstaltungen
* frühzeitige Information über Vorlagen, die Migrant:innen betreffen

Bei der letzten Beiratswahl lag die Beteiligung unter 10 Prozent. Das ändert sich nur, wenn der
Beirat sichtbar etwas bewirken kann."#,
        field: 5,
        neighbourhood: None,
        supports: 16,
        answer: Some((
            "partly_taken_up",
            "Budget und frühzeitige Information kommen in Maßnahme 6.1; über das Rederecht entscheidet die Stadtverordnetenversammlung.",
            r#"Danke, Frau Aslan, für diese klaren Punkte. Ab dem nächsten Haushaltsjahr erhält der Ausländerbeirat
ein eigenes Budget für Veranstaltungen, und die Verwaltung informiert ihn künftig schon zu Beginn
der Beratungen über Vorlagen mit Bezug zu Integration.

Das Rederecht in allen Ausschüssen erfordert eine Änderung der Geschäftsordnung. Das kann die
Verwaltung nicht allein entscheiden; wir haben den Vorschlag an den Ältestenrat weitergegeben."#,
        )),
        days_ago: 36,
    },
    // 57
    DemoIdea {
        author: 24,
        title: "Sprechstunden der Verwaltung in einfacher Sprache",
        body: r#"Die Briefe der Stadt verstehe selbst ich manchmal nicht, und ich bin hier geboren. Wie soll es dann
jemandem gehen, der seit zwei Jahren Deutsch lernt?

Ich schlage eine feste Sprechstunde im Bürgerbüro vor, in der Mitarbeitende in einfacher Sprache
erklären, was in einem Bescheid steht und was man tun muss. Und bitte: die Briefe gleich
verständlicher schreiben."#,
        field: 5,
        neighbourhood: None,
        supports: 18,
        answer: Some((
            "taken_up",
            "Wird in Maßnahme 6.3 „Verständliche Verwaltung“ aufgenommen.",
            r#"Vielen Dank, Frau Hoffmann – Sie haben völlig recht, und wir nehmen uns da selbst in die Pflicht. Ab
März bietet das Bürgerbüro dienstags von 14 bis 17 Uhr die Sprechstunde „Behördenpost verstehen“ an.
Außerdem werden zehn Mitarbeitende in einfacher Sprache geschult, und wir überarbeiten die am
häufigsten verschickten Schreiben der Verwaltung."#,
        )),
        days_ago: 28,
    },
    // 58
    DemoIdea {
        author: 2,
        title: "Erst mal zeigen, was aus dem letzten Integrationskonzept geworden ist",
        body: r#"Ich will nicht der Spielverderber sein, aber: 2016 gab es schon einmal ein Integrationskonzept, mit
Workshops und bunten Plakaten. Was davon umgesetzt wurde, hat uns nie jemand gesagt.

Bevor wir hier 60 neue Ideen sammeln, hätte ich gern eine ehrliche Liste: Was wurde gemacht, was
nicht, und warum nicht? Sonst machen irgendwann nur noch die mit, die noch nie enttäuscht wurden.
Und dann bitte lieber fünf Sachen richtig als fünfzig halb."#,
        field: 5,
        neighbourhood: None,
        supports: 19,
        answer: Some((
            "taken_up",
            "Ein öffentlicher Umsetzungsbericht wird fester Bestandteil der Strategie (Maßnahme 6.5).",
            r#"Lieber Herr Becker, danke für die deutlichen Worte – die Kritik ist berechtigt. Wir haben das
Konzept von 2016 noch einmal durchgesehen und stellen bis zur nächsten Bürgerversammlung eine
Übersicht online, was umgesetzt wurde und was nicht.

Für die neue Strategie gilt: Jede Maßnahme bekommt eine verantwortliche Stelle und einen Zeitplan,
und den Umsetzungsstand veröffentlichen wir zweimal im Jahr hier auf der Plattform."#,
        )),
        days_ago: 26,
    },
    // 59
    DemoIdea {
        author: 5,
        title: "Ausländerbehörde: Sprechstunde in Musterstadt und kürzere Wartezeiten",
        body: r#"Für die Verlängerung meines Aufenthaltstitels musste ich dreimal in die Kreisstadt fahren, jedes Mal
einen halben Tag freinehmen, und ich habe fast vier Monate auf einen Termin gewartet. In der Zeit
hatte ich nur eine Fiktionsbescheinigung, und mein Ausbildungsbetrieb war sehr unsicher. Bitte eine
Außenstelle oder wenigstens eine regelmäßige Sprechstunde hier im Rathaus!"#,
        field: 5,
        neighbourhood: None,
        supports: 27,
        answer: Some((
            "not_taken_up",
            "Die Ausländerbehörde ist Aufgabe des Kreises; über Außensprechstunden und Personal entscheidet der Kreis.",
            r#"Lieber Omar, danke, dass Sie Ihre Erfahrung so offen schildern – leider ist das kein Einzelfall.
Weil die Ausländerbehörde beim Kreis angesiedelt ist, können wir das nicht als städtische Maßnahme
aufnehmen.

Der Bürgermeister hat das Thema aber beim Landrat angesprochen, und wir haben angeboten, Räume im
Rathaus für eine regelmäßige Außensprechstunde zur Verfügung zu stellen. Über die Antwort des
Kreises informieren wir hier."#,
        )),
        days_ago: 31,
    },
    // 60
    DemoIdea {
        author: 19,
        title: "Mehr junge Leute in den Ausländerbeirat",
        body: r#"Im Ausländerbeirat sitzen fast nur Leute über 50. Die meisten in meinem Alter wissen nicht mal, dass
es ihn gibt. Vor der nächsten Wahl sollte es Infoveranstaltungen an der Berufsschule und im
Jugendhaus geben, und Social Media statt nur einen Aushang im Rathaus."#,
        field: 5,
        neighbourhood: None,
        supports: 1,
        answer: None,
        days_ago: 19,
    },
    // 61
    DemoIdea {
        author: 39,
        title: "Jugendforum im Jugendhaus Südviertel",
        body: r#"Bei Beteiligung sind immer nur die Erwachsenen. Wir wollen ein Jugendforum, zweimal im Jahr, im
Jugendhaus, mit Pizza und ohne lange Reden. Die Stadtverordneten kommen zu uns und hören zu, nicht
umgekehrt."#,
        field: 5,
        neighbourhood: Some(3),
        supports: 5,
        answer: None,
        days_ago: 13,
    },
    // 62
    DemoIdea {
        author: 7,
        title: "Kommunales Wahlrecht für alle, die seit fünf Jahren hier leben",
        body: r#"Ich lebe seit acht Jahren in Musterstadt, arbeite, zahle Steuern, meine Kinder gehen hier zur
Schule. Aber bei der Kommunalwahl darf ich nicht wählen – mein polnischer Nachbar schon. Das ist
nicht gerecht. Die Stadt sollte sich dafür einsetzen, dass alle, die schon länger hier leben, bei
Kommunalwahlen wählen dürfen."#,
        field: 5,
        neighbourhood: None,
        supports: 15,
        answer: Some((
            "not_taken_up",
            "Das Wahlrecht bei Kommunalwahlen regeln Grundgesetz und Landesrecht; die Stadt kann es nicht selbst ändern.",
            r#"Lieber Herr N., vielen Dank für diesen Beitrag, der viele Menschen in Musterstadt betrifft. Ein
kommunales Wahlrecht für Menschen ohne EU-Staatsangehörigkeit ließe sich nur durch eine Änderung des
Grundgesetzes einführen. Die Stadt hat hier keinen Spielraum, deshalb können wir die Idee nicht als
Maßnahme aufnehmen.

Was wir tun können: den Ausländerbeirat stärken (Maßnahme 6.1), für die Beiratswahl werben und über
den Weg zur Einbürgerung informieren."#,
        )),
        days_ago: 24,
    },
    // 63
    DemoIdea {
        author: 31,
        title: "Yabancılar Meclisi seçimi için Türkçe bilgilendirme",
        body: r#"Annem ve babam kırk yıldır Musterstadt'ta yaşıyor, ama Yabancılar Meclisi'nin ne işe yaradığını
bilmiyorlar. Seçimden önce Türkçe, Arapça ve diğer dillerde kısa bir broşür ve camide ya da kültür
derneğinde bir bilgilendirme akşamı olmalı. Oy vermek için önce bilgi lazım."#,
        field: 5,
        neighbourhood: None,
        supports: 0,
        answer: None,
        days_ago: 6,
    },
    // 64
    DemoIdea {
        author: 22,
        title: "Bürgerversammlungen mit Übersetzung und Kinderbetreuung",
        body: r#"Wenn es in der Nordstadt eine Bürgerversammlung gibt, kommen immer dieselben 30 Leute. Mit
Kinderbetreuung, einer Einladung in mehreren Sprachen und Kopfhörern für eine Simultanübersetzung in
zwei, drei Sprachen kämen viel mehr Nachbar:innen. Es geht ja um ihr Viertel."#,
        field: 5,
        neighbourhood: Some(1),
        supports: 2,
        answer: None,
        days_ago: 9,
    },
    // 65
    DemoIdea {
        author: 10,
        title: "Stadtverordnete in die Vereine einladen",
        body: r#"Die Politiker kommen nur vor der Wahl. Ich schlage vor, dass jede Fraktion einmal im Jahr einen
Abend in einem Migrantenverein verbringt, zum Zuhören. Bei uns im Deutsch-Russischen Kulturverein
gibt es immer Tee und Piroggen."#,
        field: 5,
        neighbourhood: None,
        supports: 0,
        answer: None,
        days_ago: 1,
    },
];

pub const COMMENTS: [DemoComment; 127] = [
    // 0
    DemoComment {
        idea: 0,
        parent: None,
        author: 24,
        body: "Tolle Idee! Ich war früher Lehrerin und würde gern einmal im Monat einen Tisch übernehmen.",
    },
    // 1
    DemoComment {
        idea: 0,
        parent: Some(0),
        author: 0,
        body: "Danke, Frau Hoffmann, das freut mich sehr! Genau solche Leute brauchen wir.",
    },
    // 2
    DemoComment {
        idea: 0,
        parent: None,
        author: 5,
        body: "Donnerstag ist gut, aber bitte nicht zu früh anfangen – viele arbeiten bis 17 Uhr.",
    },
    // 3
    DemoComment {
        idea: 0,
        parent: Some(2),
        author: 27,
        body: "Vielleicht abwechselnd: einmal nachmittags für Eltern mit Kindern und einmal abends für Berufstätige?",
    },
    // 4
    DemoComment {
        idea: 0,
        parent: None,
        author: 1,
        body: r#"Der Interkulturelle Verein macht seit zwei Jahren ein kleines Sprachcafé in seinen Vereinsräumen.
Wir bringen unsere Erfahrungen gern ein und können Ehrenamtliche vermitteln."#,
    },
    // 5
    DemoComment {
        idea: 0,
        parent: Some(4),
        author: 0,
        body: "Super, dann sollten wir uns zusammentun, statt parallel etwas Neues aufzubauen.",
    },
    // 6
    DemoComment {
        idea: 1,
        parent: None,
        author: 4,
        body: "Ja, bitte! Beim letzten Elternabend habe ich nur die Hälfte verstanden und mich nicht getraut nachzufragen.",
    },
    // 7
    DemoComment {
        idea: 1,
        parent: None,
        author: 2,
        body: "Übersetzen ist schön und gut, aber irgendwann müssen die Eltern auch selbst Deutsch lernen. Sonst bleibt das ewig so.",
    },
    // 8
    DemoComment {
        idea: 1,
        parent: Some(7),
        author: 26,
        body: r#"Da haben Sie recht, Herr Becker, langfristig ist Deutsch das Ziel. Aber die Einschulung wartet
nicht, bis alle Eltern B1 haben. Gerade am Anfang entscheidet sich, ob sich Eltern an der Schule
willkommen fühlen."#,
    },
    // 9
    DemoComment { idea: 1, parent: Some(8), author: 2, body: "Gut, das Argument mit der Einschulung leuchtet mir ein." },
    // 10
    DemoComment { idea: 1, parent: None, author: 8, body: "Ich kann ehrenamtlich für Ukrainisch und Russisch helfen." },
    // 11
    DemoComment {
        idea: 2, parent: None, author: 40, body: "Чудова ідея! Я теж прийду з донькою. Можу приносити іграшки."
    },
    // 12
    DemoComment {
        idea: 2,
        parent: None,
        author: 22,
        body: r#"Im Bürgerhaus Nordstadt gibt es vormittags einen Raum mit Spielecke, der meistens leer steht. Fragt
mal beim Quartiersmanagement nach."#,
    },
    // 13
    DemoComment { idea: 2, parent: Some(12), author: 8, body: "Дякую! Danke für den Tipp, ich frage dort nach." },
    // 14
    DemoComment { idea: 3, parent: None, author: 39, body: "Bin in der 12 und würde mitmachen. Taschengeld wäre nice, muss aber nicht." },
    // 15
    DemoComment {
        idea: 3,
        parent: None,
        author: 26,
        body: "Aus Sicht der Schule: Bitte eng mit den Klassenlehrer:innen absprechen, dann wissen wir, wo es hakt.",
    },
    // 16
    DemoComment {
        idea: 3,
        parent: Some(15),
        author: 25,
        body: "Gute Idee – ein kurzer Rückmeldebogen zwischen Schule und Jugendhaus wäre einfach machbar.",
    },
    // 17
    DemoComment {
        idea: 4,
        parent: None,
        author: 17,
        body: "Das kenne ich. Ich konnte meinen Kurs erst machen, als mein Sohn in die Kita kam. Zwei Jahre verloren.",
    },
    // 18
    DemoComment {
        idea: 4,
        parent: None,
        author: 1,
        body: r#"In unseren Vereinsräumen ist vormittags ein Raum frei, der sich für die Kinderbetreuung eignet. Den
stellen wir gern zur Verfügung."#,
    },
    // 19
    DemoComment { idea: 4, parent: Some(18), author: 6, body: "Danke! Das wäre wunderbar." },
    // 20
    DemoComment {
        idea: 5,
        parent: None,
        author: 30,
        body: "Please include English too – and a QR code to an online version that can be kept up to date.",
    },
    // 21
    DemoComment { idea: 5, parent: Some(20), author: 27, body: "Guter Punkt, Papier ist schnell veraltet." },
    // 22
    DemoComment {
        idea: 5,
        parent: None,
        author: 10,
        body: "Und bitte auch an die Spätaussiedler denken – Russisch sprechen in Musterstadt sehr viele.",
    },
    // 23
    DemoComment {
        idea: 6,
        parent: None,
        author: 25,
        body: r#"I'd be up for that! I need to practise my English before my exchange semester next year. Maybe a
tandem corner at the Sprachcafé?"#,
    },
    // 24
    DemoComment { idea: 6, parent: Some(23), author: 29, body: "Perfect, let's meet there once it starts. Danke!" },
    // 25
    DemoComment {
        idea: 7, parent: None, author: 3, body: "Çok güzel bir fikir. Kızım da Türkçe okumakta zorlanıyor, mutlaka geliriz."
    },
    // 26
    DemoComment { idea: 7, parent: None, author: 8, body: "Gern auch auf Ukrainisch! Ich lese vor, wenn es gebraucht wird." },
    // 27
    DemoComment { idea: 7, parent: Some(25), author: 31, body: "Teşekkürler Mehmet Bey! Kütüphaneyle konuşunca buraya yazarım." },
    // 28
    DemoComment {
        idea: 11,
        parent: None,
        author: 26,
        body: r#"Kleiner Hinweis: Den herkunftssprachlichen Unterricht organisiert das Staatliche Schulamt, nicht die
Stadt. Es hilft aber, wenn sich mehrere Eltern zusammen dort melden – ab einer bestimmten
Gruppengröße wird ein Kurs eingerichtet."#,
    },
    // 29
    DemoComment { idea: 11, parent: Some(28), author: 4, body: "Danke, das wusste ich nicht. Ich frage die anderen Eltern in der Klasse." },
    // 30
    DemoComment {
        idea: 12,
        parent: None,
        author: 16,
        body: r#"Genau so eine Person hatte ich während meiner Ausbildung zum Elektriker. Ohne ihn hätte ich nach
drei Monaten aufgehört. Danke, dass Sie das vorschlagen."#,
    },
    // 31
    DemoComment {
        idea: 12,
        parent: None,
        author: 2,
        body: "Ich bin seit zwei Jahren in Rente, war Schreinermeister. Wenn das ordentlich organisiert ist, bin ich dabei.",
    },
    // 32
    DemoComment { idea: 12, parent: Some(31), author: 28, body: "Herr Becker, das freut mich! Genau Leute wie Sie meine ich." },
    // 33
    DemoComment {
        idea: 12,
        parent: None,
        author: 5,
        body: "Gibt es das auch für Leute, die noch einen Ausbildungsplatz suchen, nicht nur für die, die schon einen haben?",
    },
    // 34
    DemoComment {
        idea: 12,
        parent: Some(33),
        author: 28,
        body: "Gute Frage. Ich fände es sinnvoll, schon bei der Suche anzufangen – Praktikum, Bewerbung, erstes Gespräch.",
    },
    // 35
    DemoComment {
        idea: 13, parent: None, author: 9, body: "Дуже потрібно! Sehr wichtig. Ich bin Bauingenieur und arbeite im Lager."
    },
    // 36
    DemoComment {
        idea: 13,
        parent: None,
        author: 30,
        body: "Same for my wife. The process is confusing even for people who speak German well.",
    },
    // 37
    DemoComment {
        idea: 13,
        parent: Some(35),
        author: 41,
        body: r#"Herr S., melden Sie sich gern, dann erzähle ich Ihnen, wie es bei mir gelaufen ist. Bei
Ingenieur:innen ist die Ingenieurkammer zuständig, das geht oft schneller als bei Heilberufen."#,
    },
    // 38
    DemoComment {
        idea: 14,
        parent: None,
        author: 21,
        body: "Ich fahre jeden Morgen mit dem Fahrrad, auch im Winter. Im Dunkeln auf der Landstraße ohne Radweg ist das gefährlich.",
    },
    // 39
    DemoComment {
        idea: 14,
        parent: None,
        author: 28,
        body: r#"Als Arbeitgeber kann ich sagen: Die Firmen im Gewerbegebiet suchen händeringend Leute. Sich an einem
Shuttle zu beteiligen, ist für sie sicher günstiger als ständig unbesetzte Stellen."#,
    },
    // 40
    DemoComment {
        idea: 14,
        parent: Some(39),
        author: 20,
        body: "Danke, genau das meine ich. Vielleicht kann die Stadt die Firmen einmal an einen Tisch holen.",
    },
    // 41
    DemoComment { idea: 14, parent: None, author: 2, body: "Ein großer Bus für fünf Leute um fünf Uhr morgens? Das rechnet sich nie." },
    // 42
    DemoComment {
        idea: 14,
        parent: Some(41),
        author: 20,
        body: r#"Es sind nicht fünf, Herr Becker. Allein aus unserem Haus fahren morgens elf Leute zur Frühschicht.
Und es muss kein großer Bus sein, ein Anrufbus oder Kleinbus würde reichen."#,
    },
    // 43
    DemoComment {
        idea: 14,
        parent: Some(42),
        author: 2,
        body: "Elf aus einem Haus? Das wusste ich nicht. Dann nehme ich das zurück – ein Kleinbus klingt vernünftig.",
    },
    // 44
    DemoComment {
        idea: 15,
        parent: None,
        author: 29,
        body: "Totally agree. A programme like that would help the partners of international students, too.",
    },
    // 45
    DemoComment {
        idea: 15,
        parent: None,
        author: 28,
        body: "Interessant, dass die Firmen das nicht selbst machen. Ich spreche das beim nächsten Treffen des Gewerbevereins an.",
    },
    // 46
    DemoComment { idea: 15, parent: Some(45), author: 30, body: "Thank you! Vielen Dank – my German is getting better, slowly." },
    // 47
    DemoComment {
        idea: 19,
        parent: None,
        author: 21,
        body: "Gleiches Problem bei uns. Eine Tagesmutter, die um 5:30 Uhr anfängt, haben wir nie gefunden.",
    },
    // 48
    DemoComment {
        idea: 19,
        parent: None,
        author: 26,
        body: r#"In der Kreisstadt gibt es eine Kita, die um 6 Uhr öffnet und dafür nachmittags früher schließt. Das
könnte man sich anschauen."#,
    },
    // 49
    DemoComment {
        idea: 23,
        parent: None,
        author: 17,
        body: "Mir ist genau das Gleiche passiert. Seitdem lasse ich meine Kollegin anrufen. Das ist so demütigend.",
    },
    // 50
    DemoComment {
        idea: 23,
        parent: None,
        author: 24,
        body: r#"Ich vermiete selbst eine kleine Wohnung und muss zugeben, dass ich mir darüber nie Gedanken gemacht
habe. Eine Beratung auch für Vermieterinnen und Vermieter fände ich sinnvoll."#,
    },
    // 51
    DemoComment {
        idea: 23,
        parent: Some(50),
        author: 16,
        body: "Danke für Ihre Offenheit, Frau Hoffmann. Genau solche Gespräche brauchen wir.",
    },
    // 52
    DemoComment {
        idea: 23,
        parent: None,
        author: 1,
        body: r#"Wir begleiten Betroffene schon jetzt, wenn sie sich beschweren wollen, und vermitteln an die
Antidiskriminierungsberatung. Eine Anlaufstelle hier in Musterstadt wäre aber viel
niedrigschwelliger."#,
    },
    // 53
    DemoComment { idea: 23, parent: Some(49), author: 3, body: "Bei uns genauso. Drei Jahre gesucht, am Ende über Bekannte gefunden." },
    // 54
    DemoComment {
        idea: 24, parent: None, author: 13, body: "Fahrräder repariere ich gern, ich habe eine kleine Werkstatt in der Garage."
    },
    // 55
    DemoComment {
        idea: 24,
        parent: None,
        author: 24,
        body: "Formulare ausfüllen kann ich. Aber bitte nicht nur online – viele Ältere haben kein Internet.",
    },
    // 56
    DemoComment { idea: 24, parent: Some(55), author: 37, body: "Stimmt. Die Pinnwand im Supermarkt ist genau dafür gedacht." },
    // 57
    DemoComment {
        idea: 25,
        parent: None,
        author: 38,
        body: "Ich hatte 40 Jahre einen Schrebergarten. Ich bringe Ableger und Erfahrung mit – und lerne gern, wie man Okra anbaut!",
    },
    // 58
    DemoComment {
        idea: 25,
        parent: None,
        author: 18,
        body: "Die Gesamtschule hat eine Garten-AG. Vielleicht können die Schüler:innen ein Beet übernehmen?",
    },
    // 59
    DemoComment { idea: 25, parent: Some(58), author: 7, body: "Das wäre sehr schön. Kinder und Alte zusammen im Garten." },
    // 60
    DemoComment {
        idea: 25,
        parent: None,
        author: 2,
        body: "Wer gießt im August, wenn alle im Urlaub sind? Solche Gärten verwildern oft nach einem Jahr.",
    },
    // 61
    DemoComment {
        idea: 25,
        parent: Some(60),
        author: 37,
        body: r#"Berechtigte Frage. Ein Gießplan mit festen Wochenpatenschaften funktioniert in anderen
Gemeinschaftsgärten gut. Und Regentonnen."#,
    },
    // 62
    DemoComment { idea: 25, parent: Some(60), author: 7, body: "Ich fahre im August nicht weg. Ich gieße." },
    // 63
    DemoComment {
        idea: 26,
        parent: None,
        author: 22,
        body: "Bilder statt Text ist genau richtig. Die Aufkleber könnten Kinder aus der Grundschule mitgestalten.",
    },
    // 64
    DemoComment {
        idea: 26,
        parent: None,
        author: 11,
        body: r#"Waldemar hat recht, bei uns war es genauso. Freundlich erklären hilft mehr als Zettel mit drei
Ausrufezeichen im Treppenhaus."#,
    },
    // 65
    DemoComment {
        idea: 28,
        parent: None,
        author: 32,
        body: "Haklısın Mehmet. Benim oğlum da iki yıldır ev arıyor. Belediye bu konuyu ciddiye almalı.",
    },
    // 66
    DemoComment {
        idea: 28,
        parent: None,
        author: 27,
        body: r#"Ich verstehe nur ein bisschen Türkisch, aber große Wohnungen für Familien fehlen wirklich überall in
Musterstadt. Unterstützt!"#,
    },
    // 67
    DemoComment {
        idea: 31,
        parent: None,
        author: 10,
        body: "Den Laden kenne ich, der gehört der Wohnungsgesellschaft. Fragen kostet nichts!",
    },
    // 68
    DemoComment { idea: 31, parent: Some(67), author: 40, body: "Danke! Ich schreibe ihnen diese Woche." },
    // 69
    DemoComment {
        idea: 34,
        parent: None,
        author: 35,
        body: "Der TSV ist dabei! Wir bringen die Hüpfburg mit und machen ein Torwandschießen.",
    },
    // 70
    DemoComment {
        idea: 34,
        parent: None,
        author: 16,
        body: "Die eritreische Gemeinde macht eine Kaffeezeremonie. Die gehört bei uns zu jedem Fest.",
    },
    // 71
    DemoComment { idea: 34, parent: None, author: 12, body: "Wir machen Pierogi!" },
    // 72
    DemoComment { idea: 34, parent: Some(71), author: 14, body: "Pierogi neben Pizza – perfetto. Ich freue mich!" },
    // 73
    DemoComment {
        idea: 34,
        parent: None,
        author: 2,
        body: "Bitte an die Anwohner denken: Um 22 Uhr ist Schluss mit Musik, dann machen auch die Älteren gern mit.",
    },
    // 74
    DemoComment {
        idea: 34,
        parent: Some(73),
        author: 14,
        body: "Versprochen, Herr Becker. Und für die Anwohner gibt es die erste Pizza umsonst.",
    },
    // 75
    DemoComment {
        idea: 35,
        parent: None,
        author: 35,
        body: r#"Liebe Frau Al-Hassan, das tut uns sehr leid. Beim TSV ist jede willkommen, mit oder ohne Kopftuch.
Wir informieren alle Trainer:innen noch einmal ausdrücklich. Ihre Tochter ist herzlich eingeladen –
die Basketballabteilung trainiert dienstags und donnerstags."#,
    },
    // 76
    DemoComment { idea: 35, parent: Some(75), author: 4, body: "Danke für die schnelle Antwort! Ich erzähle es meiner Tochter." },
    // 77
    DemoComment { idea: 35, parent: None, author: 33, body: "Respekt an den TSV für die Antwort." },
    // 78
    DemoComment {
        idea: 36,
        parent: None,
        author: 0,
        body: "Meine Mutter ist 62 und möchte endlich schwimmen lernen. Sie würde sofort kommen.",
    },
    // 79
    DemoComment {
        idea: 36,
        parent: None,
        author: 25,
        body: "Ich finde, ein öffentliches Bad sollte für alle gleichzeitig offen sein. Getrennte Zeiten sind für mich der falsche Weg.",
    },
    // 80
    DemoComment {
        idea: 36,
        parent: Some(79),
        author: 15,
        body: r#"Das verstehe ich, Jonas. Aber es gibt ja auch Seniorenschwimmen und Babyschwimmen. Wenn Frauen
dadurch überhaupt erst ins Wasser gehen, ist das ein Gewinn – auch für die Sicherheit ihrer Kinder."#,
    },
    // 81
    DemoComment {
        idea: 36,
        parent: Some(80),
        author: 25,
        body: "Okay, mit dem Vergleich zum Seniorenschwimmen kann ich etwas anfangen. Als Einstieg ergibt das Sinn.",
    },
    // 82
    DemoComment {
        idea: 36,
        parent: None,
        author: 35,
        body: "Unsere Schwimmabteilung hat zwei Trainerinnen mit Rettungsschwimmabzeichen, die einen Kurs übernehmen könnten.",
    },
    // 83
    DemoComment {
        idea: 37,
        parent: None,
        author: 19,
        body: "Sehr gut. Oft scheitert es auch an Sportschuhen und Ausrüstung. Vielleicht eine Tauschbörse?",
    },
    // 84
    DemoComment {
        idea: 37,
        parent: Some(83),
        author: 35,
        body: "Gute Idee, wir haben einen Keller voller abgelegter Trikots und Schuhe. Daraus machen wir eine Kleiderkammer.",
    },
    // 85
    DemoComment {
        idea: 37,
        parent: None,
        author: 2,
        body: "Und was ist mit den Kindern, deren Eltern seit 20 Jahren hier wohnen und auch nicht viel Geld haben?",
    },
    // 86
    DemoComment {
        idea: 37,
        parent: Some(85),
        author: 35,
        body: r#"Für die gibt es schon den Zuschuss über das Bildungs- und Teilhabepaket, Herr Becker – wir helfen
auch gern beim Antrag. Das Schnupperjahr soll vor allem den Einstieg leichter machen."#,
    },
    // 87
    DemoComment { idea: 38, parent: None, author: 39, body: "Würde sofort kommen. Im Jugendhaus ist zu wenig Platz für Basketball." },
    // 88
    DemoComment {
        idea: 38, parent: None, author: 18, body: "Emre, harika bir fikir. Bunu Yabancılar Meclisi'nde de gündeme getireceğim."
    },
    // 89
    DemoComment { idea: 38, parent: Some(88), author: 33, body: "Çok sağ ol abla!" },
    // 90
    DemoComment { idea: 39, parent: None, author: 17, body: "We would love to cook Eritrean food! Zigni and injera for everyone." },
    // 91
    DemoComment { idea: 39, parent: Some(90), author: 29, body: "Yes!! Eritrea in the second month, then." },
    // 92
    DemoComment {
        idea: 41,
        parent: None,
        author: 39,
        body: r#"Im Jugendhaus gibt es dafür schon Räume – der Musikraum ist dienstags und donnerstags abends frei.
Einfach beim Team fragen."#,
    },
    // 93
    DemoComment { idea: 41, parent: Some(92), author: 11, body: "Danke, MaxL! Dienstag wäre ideal." },
    // 94
    DemoComment {
        idea: 45,
        parent: None,
        author: 3,
        body: r#"Mein Vater ist letztes Jahr gestorben und wurde in die Türkei überführt. Wenn er hier liegen könnte,
könnte ich jede Woche an sein Grab gehen."#,
    },
    // 95
    DemoComment {
        idea: 45,
        parent: None,
        author: 24,
        body: "Wer hier gelebt hat, soll auch hier beerdigt werden können. Unser Friedhof hat genug Platz.",
    },
    // 96
    DemoComment {
        idea: 47,
        parent: None,
        author: 41,
        body: "Aus der Apotheke kann ich bestätigen: Wir erklären Dosierungen oft mit Händen und Füßen. Das ist gefährlich.",
    },
    // 97
    DemoComment {
        idea: 47,
        parent: None,
        author: 4,
        body: r#"Meine Tochter musste mit 11 Jahren für mich beim Arzt übersetzen, als es um eine Fehlgeburt ging.
Das hätte nie passieren dürfen."#,
    },
    // 98
    DemoComment {
        idea: 47,
        parent: None,
        author: 2,
        body: "Wer soll das bezahlen? Die Krankenkassen zahlen keine Dolmetscher, und die Stadt hat kein Geld.",
    },
    // 99
    DemoComment {
        idea: 47,
        parent: Some(98),
        author: 17,
        body: r#"Es muss nicht teuer sein. Viele von uns würden sich schulen lassen und für eine kleine
Aufwandsentschädigung arbeiten. Andere Städte machen das schon so."#,
    },
    // 100
    DemoComment {
        idea: 47,
        parent: Some(98),
        author: 21,
        body: "Und eine falsche Diagnose wegen eines Missverständnisses kostet am Ende viel mehr.",
    },
    // 101
    DemoComment { idea: 47, parent: None, author: 11, body: "Videodolmetschen fände ich gut, dann muss niemand extra anreisen." },
    // 102
    DemoComment {
        idea: 48,
        parent: None,
        author: 12,
        body: "Wir fahren auch 40 Minuten. Mit einem fiebernden Kind im Bus ist das furchtbar.",
    },
    // 103
    DemoComment {
        idea: 48,
        parent: None,
        author: 13,
        body: "Vielleicht kann die Stadt einer Kinderärztin günstige Praxisräume anbieten? Im Ärztehaus am Markt steht doch etwas leer.",
    },
    // 104
    DemoComment { idea: 48, parent: Some(103), author: 21, body: "Das wäre ein echter Anreiz! Ich hoffe, das wird ernst genommen." },
    // 105
    DemoComment {
        idea: 51,
        parent: None,
        author: 32,
        body: "Sehr richtig. Meine Mutter ist 84, und wir kommen mit den Anträgen nicht zurecht.",
    },
    // 106
    DemoComment {
        idea: 51,
        parent: None,
        author: 10,
        body: "Bei den Spätaussiedlern ist es genauso. Viele Ältere sprechen zu Hause nur Russisch und verstehen den Pflegedienst kaum.",
    },
    // 107
    DemoComment {
        idea: 51,
        parent: None,
        author: 36,
        body: "Wir stellen gern unseren Gemeinderaum für einen Infonachmittag zur Verfügung, auch für Nicht-Mitglieder.",
    },
    // 108
    DemoComment {
        idea: 56,
        parent: None,
        author: 2,
        body: "Ehrlich gesagt wusste ich bis heute nicht, dass es einen Ausländerbeirat gibt. Das sagt vielleicht auch etwas.",
    },
    // 109
    DemoComment {
        idea: 56,
        parent: Some(108),
        author: 18,
        body: r#"Das sagt sehr viel, Herr Becker – und genau das wollen wir ändern. Kommen Sie doch mal zu einer
unserer öffentlichen Sitzungen!"#,
    },
    // 110
    DemoComment { idea: 56, parent: None, author: 19, body: "Unterstützt. Und bitte mehr junge Leute in den Beirat (siehe meine Idee)." },
    // 111
    DemoComment {
        idea: 57,
        parent: None,
        author: 20,
        body: "Unbedingt. Ich spreche gut Deutsch, aber die Briefe vom Amt lese ich immer dreimal.",
    },
    // 112
    DemoComment { idea: 57, parent: None, author: 38, body: "Frau Hoffmann spricht mir aus dem Herzen." },
    // 113
    DemoComment {
        idea: 58,
        parent: None,
        author: 1,
        body: r#"Herr Becker, wir waren damals bei den Workshops dabei und haben danach auch nie wieder etwas gehört.
Die Forderung nach einem Umsetzungsbericht unterstützen wir ausdrücklich."#,
    },
    // 114
    // moderation example
    DemoComment {
        idea: 58,
        parent: None,
        author: 33,
        body: r#"Klaus, du meckerst hier unter jeder zweiten Idee. Typischer Meckeropa, der nichts Besseres zu tun
hat. Geh doch in deinen Schrebergarten und lass die Leute machen, die was verändern wollen."#,
    },
    // 115
    DemoComment {
        idea: 58,
        parent: Some(114),
        author: 27,
        body: r#"Emre, bitte bleib sachlich. Man kann anderer Meinung sein, ohne jemanden zu beleidigen. Herr Becker
hat hier einen wichtigen Punkt."#,
    },
    // 116
    DemoComment { idea: 58, parent: Some(113), author: 2, body: "Danke. Vielleicht wird es ja diesmal was." },
    // 117
    DemoComment {
        idea: 58, parent: None, author: 24, body: "Lieber fünf Sachen richtig als fünfzig halb – dem schließe ich mich an."
    },
    // 118
    DemoComment {
        idea: 59,
        parent: None,
        author: 9,
        body: "Bei mir genauso. Vier Monate auf einen Termin, und mein Arbeitgeber hat jede Woche nachgefragt.",
    },
    // 119
    DemoComment {
        idea: 59,
        parent: None,
        author: 28,
        body: r#"Als Ausbildungsbetrieb kann ich bestätigen: Diese Unsicherheit belastet beide Seiten. Ein Azubi von
mir hätte fast seinen Platz verloren."#,
    },
    // 120
    DemoComment { idea: 59, parent: Some(119), author: 5, body: "Genau so war es bei mir. Danke, dass Sie das auch sagen." },
    // 121
    DemoComment { idea: 61, parent: None, author: 25, body: "„Ohne lange Reden“ ist der beste Teil des Vorschlags." },
    // 122
    DemoComment { idea: 61, parent: Some(121), author: 39, body: "Haha, ja. Aber ernsthaft: Wir reden, die hören zu." },
    // 123
    DemoComment {
        idea: 62,
        parent: None,
        author: 13,
        body: "Als Pole darf ich tatsächlich wählen, und ich finde es auch komisch, dass du nicht darfst.",
    },
    // 124
    DemoComment {
        idea: 62,
        parent: None,
        author: 10,
        body: "Wählen sollte, wer Staatsbürger ist. Die Einbürgerung geht heute schneller als früher, das wäre der richtige Weg.",
    },
    // 125
    DemoComment {
        idea: 62,
        parent: Some(124),
        author: 7,
        body: "Ich habe den Antrag auf Einbürgerung gestellt. Wartezeit 18 Monate. Bis dahin ist die Wahl vorbei.",
    },
    // 126
    DemoComment {
        idea: 62, parent: Some(125), author: 10, body: "Das ist wirklich zu lang. Da sollte man eher bei der Behörde ansetzen."
    },
];
