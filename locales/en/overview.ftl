## The state overview of all municipalities
overview-title = All municipalities at a glance
overview-intro = Where each municipality stands in the funding programme, how far its action concept has come, how much its residents took part, and what money has been granted and paid.
overview-as-of = As of:
overview-choose = Choose
overview-name = Name contains
overview-district = District
overview-funding = Funding
overview-concept = Action concept
overview-all = All
overview-show = Show
overview-summary = Together
overview-shown = Municipalities
overview-population = Inhabitants
overview-adopted = Concepts adopted
overview-granted = Granted
overview-paid = Paid
overview-chart-title = Municipalities by funding stage
overview-chart-desc = How many of the municipalities shown have no application, an application in review, a running grant, reports or a closed grant; the figures are also above.
overview-lines = Municipalities
overview-csv = Download as CSV (this choice)
overview-none = No municipality matches this choice.
overview-municipality = Municipality
overview-progress = Measures
overview-contributions = Contributions
overview-by-district = By district
overview-municipalities = Municipalities
overview-funded = Funded
overview-by-year = By year
overview-year = Year
overview-concept-adopted-on = adopted on { $day }
overview-progress-value = { $count ->
    [one] 1 measure, { $percent } % done
   *[other] { $count } measures, { $percent } % done
}
overview-funding-none = No application
overview-funding-applied = Applied
overview-funding-funded = Funded
overview-funding-reporting = Reporting
overview-funding-closed = Closed
overview-concept-none = None
overview-concept-development = In development
overview-concept-adopted = Adopted
overview-csv-adopted-on = Adopted on
overview-csv-measures = Measures
overview-csv-progress = Percent done
overview-csv-granted = Granted in euros
overview-csv-paid = Paid in euros
