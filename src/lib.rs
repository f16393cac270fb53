//! copydesk: raw news copy in, structured data out.

pub mod doc;
pub mod entities;
