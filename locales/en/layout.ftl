layout-skip-to-content = Skip to content
layout-language-nav = Choose language
layout-footer-nav = Legal information
layout-footer-platform = teilhabe – participation for diversity and integration. Free software under the EUPL-1.2.
