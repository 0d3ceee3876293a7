//! Reports on a grant: drafted and kept as typed (the municipality's own),
//! submitted, returned with a message and accepted; the final report closes
//! the grant with its repayment; reminders before reporting dates go out
//! once per stage until the report is handed in.

use domain::funding::application::Status;
use domain::money::Money;
use store::DatabaseConnection;
use store::funding::applications;

use crate::funding::submitted;

both_backends! {
    async fn reports_are_drafted_submitted_returned_and_the_final_one_closes_the_grant(db: &DatabaseConnection) {
        use domain::funding::decision::Grant;
        use domain::funding::ledger::PaymentRequest;
        use domain::funding::report::{ReceiptForm, ReportForm, ReportStatus};
        use store::funding::{payments, reminders, reports, review};
        let (state, musterstadt, officer, coordinator, call, id) = submitted(db).await;
        let day = |text: &str| chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap();
        let form = ReportForm {
            process: "Auftakt im März.".into(),
            participation: "412 Beiträge.".into(),
            strategy: String::new(),
            receipts: vec![ReceiptForm { on: "2027-03-01".into(), payee: "Büro".into(), what: "Moderation".into(), line: "1".into(), amount: "6.000".into() }],
        };
        // Before approval there is nothing to report on.
        let pending = applications::get(db, &musterstadt.scope, id).await.unwrap().unwrap();
        assert!(matches!(reports::save(db, &musterstadt.scope, coordinator, &pending, 1, &form).await, Err(store::StoreError::NotFound)));
        let grant = Grant {
            granted: Money::from_euros(20_000),
            starts_on: day("2027-01-01"),
            ends_on: day("2028-03-31"),
            conditions: String::new(),
            reporting_dates: vec![day("2027-07-31"), day("2028-06-30")],
        };
        review::approve(db, &state.scope, officer, id, &grant, call.draft.rules.max_grant).await.unwrap();
        let approved = applications::get(db, &musterstadt.scope, id).await.unwrap().unwrap();
        assert_eq!(reports::due(&approved, 1), Some((day("2027-07-31"), false)));
        assert_eq!(reports::due(&approved, 2), Some((day("2028-06-30"), true)));
        assert_eq!(reports::due(&approved, 3), None);

        // A draft is kept as typed and stays the municipality's own.
        reports::save(db, &musterstadt.scope, coordinator, &approved, 1, &form).await.unwrap();
        assert_eq!(reports::get(db, &musterstadt.scope, id, 1).await.unwrap().unwrap().form, form);
        assert!(reports::for_officers(db, &state.scope, id, 1).await.unwrap().is_none());
        let other = store::tenancy::create_municipality(db, None, &store::testing::municipality_input("Beispielheim", "beispielheim", 12_500)).await.unwrap();
        assert!(reports::get(db, &other.scope, id, 1).await.unwrap().is_none());
        assert!(reports::for_officers(db, &musterstadt.scope, id, 1).await.unwrap().is_none(), "only through the state's scope");

        // Reminded once per stage until it is handed in.
        let due_now = reminders::due(db, day("2027-07-20")).await.unwrap();
        assert_eq!(due_now.iter().map(|d| (d.application.id, d.number, d.days_before)).collect::<Vec<_>>(), [(id, 1, 14)]);
        assert!(reminders::mark_sent(db, id, 1, 14).await.unwrap());
        assert!(reminders::due(db, day("2027-07-21")).await.unwrap().is_empty());
        assert_eq!(reminders::due(db, day("2027-07-29")).await.unwrap()[0].days_before, 3);

        // Submitted: no longer editable; returned with a message; submitted again; accepted.
        reports::submit(db, &musterstadt.scope, coordinator, &approved, 1, &form).await.unwrap();
        assert!(reminders::due(db, day("2027-07-29")).await.unwrap().is_empty(), "handed in: no reminder");
        assert_eq!(reports::save(db, &musterstadt.scope, coordinator, &approved, 1, &form).await.unwrap_err().code(), "report-not-editable");
        reports::send_back(db, &state.scope, officer, id, 1, "Bitte die Teilnehmendenzahlen nach Format.").await.unwrap();
        let back = reports::get(db, &musterstadt.scope, id, 1).await.unwrap().unwrap();
        assert_eq!((back.status, back.message.as_deref()), (ReportStatus::Returned, Some("Bitte die Teilnehmendenzahlen nach Format.")));
        assert_eq!(reports::accept(db, &state.scope, officer, id, 1).await.unwrap_err().code(), "report-not-submitted");
        reports::submit(db, &musterstadt.scope, coordinator, &approved, 1, &form).await.unwrap();
        assert_eq!(reports::get(db, &musterstadt.scope, id, 1).await.unwrap().unwrap().message, None);
        reports::accept(db, &state.scope, officer, id, 1).await.unwrap();
        assert_eq!(reports::get(db, &musterstadt.scope, id, 1).await.unwrap().unwrap().status, ReportStatus::Accepted);

        // The final report: a payment still open keeps the grant from closing;
        // more than was paid cannot be asked back.
        let wanted = PaymentRequest { amount: Money::from_euros(17_000), wanted_on: day("2027-02-01"), purpose: "Rate".into() };
        payments::request(db, &musterstadt.scope, coordinator, id, &wanted).await.unwrap();
        reports::submit(db, &musterstadt.scope, coordinator, &approved, 2, &ReportForm { strategy: "Beschlossen.".into(), ..form.clone() }).await.unwrap();
        assert_eq!(reports::accept(db, &state.scope, officer, id, 2).await.unwrap_err().code(), "report-final-closes");
        assert_eq!(reports::close(db, &state.scope, officer, id, 2, Money(0)).await.unwrap_err().code(), "report-payments-open");
        let payment = payments::of_application(db, &musterstadt.scope, id).await.unwrap()[0].id;
        payments::decide(db, &state.scope, officer, payment, None).await.unwrap();
        assert_eq!(
            reports::close(db, &state.scope, officer, id, 2, Money::from_euros(17_001)).await.unwrap_err().code(),
            "report-repayment-above-paid"
        );
        reports::close(db, &state.scope, officer, id, 2, Money::from_euros(2_000)).await.unwrap();
        let closed = applications::get(db, &musterstadt.scope, id).await.unwrap().unwrap();
        assert_eq!((closed.status, closed.repayment), (Status::Closed, Some(Money::from_euros(2_000))));
        assert!(closed.closed_at.is_some());
        assert_eq!(payments::request(db, &musterstadt.scope, coordinator, id, &wanted).await.unwrap_err().code(), "payment-not-approved");
        assert_eq!(reports::save(db, &musterstadt.scope, coordinator, &closed, 1, &form).await.unwrap_err().code(), "report-not-open");
        assert!(reminders::due(db, day("2028-06-20")).await.unwrap().is_empty(), "a closed grant is not reminded of");
        let log = store::audit::recent(db, Some(state.scope.id()), 30).await.unwrap();
        for action in ["funding.report.return", "funding.report.accept", "funding.grant.close"] {
            assert!(log.iter().any(|e| e.action == action), "{action} audited");
        }
        let own = store::audit::recent(db, Some(musterstadt.scope.id()), 30).await.unwrap();
        assert_eq!(own.iter().filter(|e| e.action == "funding.report.submit").count(), 3);
    }
}
