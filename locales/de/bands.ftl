## Freiwillige Gruppen, in denen Menschen gezählt werden können
## (Teilnahme an Veranstaltungen, Papierfragebögen, Selbstauskunft)
band-dimension-age = Alter
band-dimension-migration = Einwanderungsgeschichte (selbst angegeben)
band-dimension-disability = Behinderung (selbst angegeben)
band-dimension-neighbourhood = Stadtteil
band-age-under_18 = unter 18 Jahre
band-age-18_29 = 18 bis 29 Jahre
band-age-30_49 = 30 bis 49 Jahre
band-age-50_64 = 50 bis 64 Jahre
band-age-65_plus = 65 Jahre und älter
band-migration-none = keine
band-migration-own = selbst eingewandert
band-migration-parents = Eltern eingewandert
band-disability-yes = mit Behinderung
band-disability-no = ohne Behinderung
band-not-stated = keine Angabe
band-fewer-than-five = weniger als 5
