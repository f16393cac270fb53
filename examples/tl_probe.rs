fn main() {
    let path = std::env::args().nth(1).unwrap();
    let html = String::from_utf8_lossy(&std::fs::read(path).unwrap()).into_owned();
    let dom = tl::parse(&html, tl::ParserOptions::default()).unwrap();
    println!("nodes {} top {}", dom.nodes().len(), dom.children().len());
    for h in dom.children().iter().take(10) {
        if let Some(t) = h.get(dom.parser()).and_then(|n| n.as_tag()) {
            println!(
                "top tag {} children {}",
                t.name().as_utf8_str(),
                t.children().top().len()
            );
            for c in t.children().top().iter().take(10) {
                match c.get(dom.parser()) {
                    Some(tl::Node::Tag(t)) => {
                        println!("  {} {}", t.name().as_utf8_str(), t.children().top().len())
                    }
                    Some(n) => println!(
                        "  other {:?}",
                        n.inner_text(dom.parser())
                            .chars()
                            .take(40)
                            .collect::<String>()
                    ),
                    None => {}
                }
            }
        }
    }
}
