//! PDF documents of teilhabe (concept, decision letters, receipts).
//!
//! The typst engine is added here, and only here, when the first document is
//! built; the web crate talks to this crate through a small trait wired up
//! by the binary, so page changes never rebuild typst.
