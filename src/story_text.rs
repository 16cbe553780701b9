//! Text the reader only reads: headlines, summaries, quotes, date reasoning, notes, source
//! titles, the intro, dates in words and the interface's fixed labels.
//!
//! The prerenderer and the editors' preview render the words (feature `story-text`, on by
//! default). The readers' hydrate build is compiled without it, so the wasm holds none of
//! them: hydration claims the text node (or attribute) the server wrote and neither
//! compares nor rewrites it (tachys' `FROM_SERVER`), so all it needs is the node's place,
//! which the same view code gives. A structural mismatch still traps. What behaviour needs
//! from a story text at run time (the share sheet's title) it reads from the element the
//! server wrote, through a `NodeRef`.

use crate::i18n::{strings, typeset, Strings};
use crate::model::{Lang, Localized};
use leptos::prelude::{IntoAttributeValue, IntoRender};

/// Words that are rendered once, by the server, and only claimed by hydration.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct StoryText(#[cfg(feature = "story-text")] String);

impl StoryText {
    /// The words `text` makes. Without `story-text` it is never called, so neither the
    /// words nor the code that makes them (dates in words, French spacing) reach the wasm.
    #[inline(always)]
    #[cfg_attr(not(feature = "story-text"), allow(unused_variables))]
    pub fn new(text: impl FnOnce() -> String) -> StoryText {
        #[cfg(feature = "story-text")]
        return StoryText(text());
        #[cfg(not(feature = "story-text"))]
        StoryText()
    }
}

/// An editorial text of the data file, set for `lang` (French spacing).
#[inline(always)]
pub fn prose(lang: Lang, text: &Localized) -> StoryText {
    StoryText::new(|| typeset(lang, text.get(lang)))
}

/// A text shown exactly as written: a quote, a headline as published, a name.
#[inline(always)]
pub fn verbatim(text: &str) -> StoryText {
    StoryText::new(|| text.to_owned())
}

/// One of the interface's fixed labels. Only called inside the words' closure, so the
/// readers' wasm keeps no table of labels either.
#[inline(always)]
pub fn label(lang: Lang, pick: impl FnOnce(&'static Strings) -> &'static str) -> StoryText {
    StoryText::new(|| pick(strings(lang)).to_owned())
}

impl IntoRender for StoryText {
    #[cfg(feature = "story-text")]
    type Output = String;
    /// An empty string hydrates the server's text node as it is.
    #[cfg(not(feature = "story-text"))]
    type Output = &'static str;

    #[inline(always)]
    fn into_render(self) -> Self::Output {
        #[cfg(feature = "story-text")]
        return self.0;
        #[cfg(not(feature = "story-text"))]
        ""
    }
}

impl IntoAttributeValue for StoryText {
    #[cfg(feature = "story-text")]
    type Output = String;
    /// `()` hydrates nothing: the attribute stays as the server wrote it.
    #[cfg(not(feature = "story-text"))]
    type Output = ();

    #[inline(always)]
    fn into_attribute_value(self) -> Self::Output {
        #[cfg(feature = "story-text")]
        return self.0;
    }
}

/// A story text from a `format!`-like expression, made only where the words are kept.
#[macro_export]
macro_rules! story {
    ($($arg:tt)*) => {
        $crate::story_text::StoryText::new(|| ::std::format!($($arg)*))
    };
}

#[cfg(all(test, feature = "story-text"))]
mod tests {
    use super::*;

    #[test]
    fn a_story_text_renders_its_words_where_the_build_keeps_them() {
        assert_eq!(verbatim("« Pegasus »").into_render(), "« Pegasus »");
        assert_eq!(
            label(Lang::Fr, |s| s.sources_heading).into_render(),
            "Sources"
        );
        assert_eq!(
            story!("{} {}", "20", "juillet").into_attribute_value(),
            "20 juillet"
        );
    }
}
