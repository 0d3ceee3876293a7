mod concept;
mod fixture;
mod poppler;
mod proposal;
mod report;
