//! Writes the app's texts, one hashed file per language, into the directory given
//! (`scripts/build-spa`: `dist/texts`). A native tool: built for the browser it does nothing.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "dist/texts".to_owned());
    match kyc_onboarding::write_texts(std::path::Path::new(&dir)) {
        Ok(files) => {
            for file in files {
                println!("{}", file.display());
            }
        }
        Err(error) => {
            eprintln!("kyc-texts: {error}");
            std::process::exit(1);
        }
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
