## Voluntary groups people may be counted in
## (event attendance, paper questionnaires, self-description)
band-dimension-age = Age
band-dimension-migration = Migration history (self-described)
band-dimension-disability = Disability (self-described)
band-dimension-neighbourhood = Neighbourhood
band-age-under_18 = under 18
band-age-18_29 = 18 to 29
band-age-30_49 = 30 to 49
band-age-50_64 = 50 to 64
band-age-65_plus = 65 and older
band-migration-none = none
band-migration-own = migrated themselves
band-migration-parents = parents migrated
band-disability-yes = with a disability
band-disability-no = without a disability
band-not-stated = not stated
band-fewer-than-five = fewer than 5
