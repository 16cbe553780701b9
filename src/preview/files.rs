//! Reading a file the editor picked or dropped (gloo's `FileReader` wrapper), after
//! refusing it by its size.

use super::input::{decode, refuse_size, Refusal};
use gloo::file::callbacks::FileReader;
use std::cell::RefCell;

thread_local! {
    /// Reads under way: dropping a `FileReader` cancels it.
    static READING: RefCell<Vec<FileReader>> = const { RefCell::new(Vec::new()) };
}

/// Reads `file` as text and calls `done` with it, or with why it is not a usable one.
pub fn read_file(file: web_sys::File, done: impl FnOnce(Result<String, Refusal>) + 'static) {
    if let Some(refusal) = refuse_size(file.size() as u64) {
        done(Err(refusal));
        return;
    }
    let blob = gloo::file::Blob::from(file);
    let reader = gloo::file::callbacks::read_as_bytes(&blob, move |bytes| {
        done(match bytes {
            Ok(bytes) => decode(&bytes),
            Err(_) => Err(Refusal::Unreadable),
        });
    });
    READING.with(|reading| {
        let mut reading = reading.borrow_mut();
        // Finished readers are kept until a few more start; they are small.
        if reading.len() > 16 {
            reading.remove(0);
        }
        reading.push(reader);
    });
}
