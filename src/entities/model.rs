//! The public model handle: the trained tagger with its word classes, loaded from a model file
//! (see `tagger::file` for the format). The default model ships inside the library.

use std::path::Path;
use std::sync::LazyLock;

use super::tagger::{file, TaggerModel};

pub use super::tagger::file::ModelError;

/// A trained named-entity model.
#[derive(Debug, Clone)]
pub struct Model {
    pub(crate) tagger: TaggerModel,
}

static DEFAULT_BYTES: &[u8] = include_bytes!("../../models/ner.bin");

static DEFAULT: LazyLock<Model> = LazyLock::new(|| {
    // The shipped bytes are checked by the tests, so failing here is a build defect.
    Model::from_bytes(DEFAULT_BYTES).expect("the model shipped in models/ner.bin is valid")
});

impl Model {
    /// The model trained on CoNLL-2003 English that ships with copydesk, loaded on first use.
    pub fn default_model() -> &'static Model {
        &DEFAULT
    }

    /// Loads a model file written by `copydesk-train-ner`.
    pub fn load(path: impl AsRef<Path>) -> Result<Model, ModelError> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|source| ModelError::Io {
            path: path.display().to_string(),
            source,
        })?;
        Model::from_bytes(&bytes)
    }

    pub fn from_bytes(bytes: &[u8]) -> Result<Model, ModelError> {
        Ok(Model {
            tagger: file::read(bytes)?,
        })
    }

    /// JSON describing how the model was trained: command, data files with sha1 and size,
    /// seed, epochs and dev-set F1.
    pub fn provenance(&self) -> &str {
        &self.tagger.provenance
    }

    /// The statistical tagger alone (CoNLL types, token spans), for benchmarks and evaluation.
    pub fn tagger(&self) -> &TaggerModel {
        &self.tagger
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_model_loads_and_says_how_it_was_made() {
        let m = Model::default_model();
        let info: serde_json::Value = serde_json::from_str(m.provenance()).unwrap();
        assert!(info["dev_f1"]["ALL"].as_f64().unwrap() > 0.85);
        assert!(info["train"][0]["sha1"].as_str().unwrap().len() == 40);
        // Word knowledge from the permissive sources of NOTICE, not from raw research text.
        assert!(info["word_knowledge"]["sha1"].as_str().unwrap().len() == 40);
        assert!(info.get("raw_text").is_none());
    }

    #[test]
    fn bad_files_are_errors() {
        assert!(Model::from_bytes(b"not a model").is_err());
        assert!(matches!(
            Model::load("/nonexistent/ner.bin"),
            Err(ModelError::Io { .. })
        ));
    }
}
