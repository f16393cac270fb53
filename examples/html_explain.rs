//! Development aid: print `copydesk::html::explain` for one page (a `+` marks kept blocks).

fn main() {
    let path = std::env::args()
        .nth(1)
        .expect("usage: html_explain PAGE.html");
    let bytes = std::fs::read(path).expect("a readable page");
    let (html, _) = (String::from_utf8_lossy(&bytes).into_owned(), ());
    for line in copydesk::html::explain(&html) {
        println!("{line}");
    }
}
