//! The state components read, built from the data before any view renders and passed down:
//! the page ([`Page`], fixed) and the reader's choices ([`Reader`], signals).

mod page;
mod reader;

pub use page::{expect_page, Page};
pub use reader::*;
