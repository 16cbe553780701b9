//! The views, each named after what the reader sees.

mod context_section;
mod day_axis;
mod error_notice;
mod event_card;
mod page_footer;
mod page_header;
mod quote_panel;
mod source_list;

pub use context_section::ContextSection;
pub use day_axis::DayAxis;
pub use error_notice::ErrorNotice;
pub use event_card::EventCard;
pub use page_footer::PageFooter;
pub use page_header::PageHeader;
pub use quote_panel::QuotePanel;
pub use source_list::SourceList;
