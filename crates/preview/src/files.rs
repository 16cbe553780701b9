//! Reading a file the editor picked or dropped (gloo's `FileReader` wrapper), after
//! refusing it by its size.

use super::input::{decode, refuse_size, Refusal};
use gloo::file::callbacks::FileReader;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

thread_local! {
    /// Reads under way, each with a flag its callback raises when done. Dropping a
    /// `FileReader` cancels it, and one must not be dropped from its own callback: the
    /// finished ones are let go when the next read starts.
    static READING: RefCell<Vec<(Rc<Cell<bool>>, FileReader)>> = const { RefCell::new(Vec::new()) };
}

/// Reads `file` as text and calls `done` with it, or with why it is not a usable one.
pub fn read_file(file: web_sys::File, done: impl FnOnce(Result<String, Refusal>) + 'static) {
    if let Some(refusal) = refuse_size(file.size() as u64) {
        done(Err(refusal));
        return;
    }
    let finished = Rc::new(Cell::new(false));
    let flag = finished.clone();
    let blob = gloo::file::Blob::from(file);
    let reader = gloo::file::callbacks::read_as_bytes(&blob, move |bytes| {
        flag.set(true);
        done(match bytes {
            Ok(bytes) => decode(&bytes),
            Err(_) => Err(Refusal::Unreadable),
        });
    });
    READING.with(|reading| {
        let mut reading = reading.borrow_mut();
        reading.retain(|(finished, _)| !finished.get());
        reading.push((finished, reader));
    });
}
