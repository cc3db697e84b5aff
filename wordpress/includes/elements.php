<?php
/**
 * The elements as the plugin's build describes them (build/elements.json), and the markup of an
 * element with its fallback, written as the project's snippet functions write it.
 *
 * @package cst-elements
 */

defined( 'ABSPATH' ) || exit;

/**
 * A JSON file of the build, decoded once per request.
 *
 * @param string $file Path under build/.
 * @return array|null
 */
function cst_elements_read( $file ) {
	static $cache = array();
	if ( ! array_key_exists( $file, $cache ) ) {
		$path           = CST_ELEMENTS_DIR . '/build/' . $file;
		$json           = is_readable( $path ) ? file_get_contents( $path ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		$cache[ $file ] = is_string( $json ) ? json_decode( $json, true ) : null;
	}
	return $cache[ $file ];
}

/**
 * Every element with content: tag, block, controls (build/elements.json).
 *
 * @return array[]
 */
function cst_elements_all() {
	$data = cst_elements_read( 'elements.json' );
	return isset( $data['elements'] ) ? $data['elements'] : array();
}

/**
 * One element, by tag.
 *
 * @param string $tag `cst-quote`.
 * @return array|null
 */
function cst_elements_element( $tag ) {
	foreach ( cst_elements_all() as $element ) {
		if ( $element['tag'] === $tag ) {
			return $element;
		}
	}
	return null;
}

/**
 * Escapes text for HTML text and double-quoted attribute values, as the snippet functions do.
 *
 * @param string $value Text.
 * @return string
 */
function cst_elements_escape( $value ) {
	return strtr(
		(string) $value,
		array(
			'&'  => '&amp;',
			'<'  => '&lt;',
			'>'  => '&gt;',
			'"'  => '&quot;',
			"'"  => '&#39;',
		)
	);
}

/**
 * The language an element shows: its own `lang` (a language the library has, else English), or
 * the site's, which the page's `lang` gives it.
 *
 * @param string|null $given The `lang` attribute.
 * @return string
 */
function cst_elements_lang( $given ) {
	$data    = cst_elements_read( 'elements.json' );
	$langs   = isset( $data['langs'] ) ? $data['langs'] : array( 'en' );
	$given   = is_string( $given ) ? trim( $given ) : '';
	$primary = strtolower( preg_split( '/[-_]/', '' !== $given ? $given : get_locale() )[0] );
	return in_array( $primary, $langs, true ) ? $primary : 'en';
}

/**
 * The attributes that decide an element's fallback, written one way (as fallbackKey() in
 * src/embed/element-html.ts): its own attributes in the order of its controls, trimmed, a choice
 * in lower case and left out at its default, then the language.
 *
 * @param array  $element    The element.
 * @param array  $attributes Attribute values by name.
 * @param string $lang       The language it shows.
 * @return string
 */
function cst_elements_fallback_key( $element, $attributes, $lang ) {
	$parts = array();
	foreach ( $element['controls'] as $control ) {
		$name = $control['name'];
		if ( ! empty( $control['shared'] ) || ! isset( $attributes[ $name ] ) ) {
			continue;
		}
		$value   = trim( (string) $attributes[ $name ] );
		$initial = isset( $control['initial'] ) ? $control['initial'] : null;
		if ( '' !== $value && null !== $initial ) {
			$value = strtolower( $value );
		}
		if ( '' !== $value && $value !== $initial ) {
			$parts[] = $name . '="' . cst_elements_escape( $value ) . '"';
		}
	}
	$parts[] = 'lang="' . cst_elements_escape( $lang ) . '"';
	return implode( ' ', $parts );
}

/**
 * The fallback the build wrote for these attributes, if it wrote one.
 *
 * @param string $tag The element's tag.
 * @param string $key Its fallback key.
 * @return string|null
 */
function cst_elements_built_fallback( $tag, $key ) {
	$table = preg_match( '/^cst-[a-z-]+$/', $tag ) ? cst_elements_read( 'fallbacks/' . $tag . '.json' ) : null;
	if ( ! isset( $table['keys'][ $key ] ) ) {
		return null;
	}
	return $table['html'][ $table['keys'][ $key ] ];
}

/**
 * `<tag attributes no-shift>` with the fallback on lines of its own, indented, as elementHtml()
 * and fallbackBody() write it.
 *
 * @param string $tag        The element's tag.
 * @param array  $attributes Attribute values by name, in the order to write them.
 * @param string $fallback   Its fallback HTML.
 * @return string
 */
function cst_elements_markup( $tag, $attributes, $fallback ) {
	$list = '';
	foreach ( $attributes as $name => $value ) {
		$list .= ' ' . $name . '="' . cst_elements_escape( $value ) . '"';
	}
	$body = "\n" . preg_replace( '/^/m', '  ', $fallback ) . "\n";
	return '<' . $tag . $list . ' no-shift>' . $body . '</' . $tag . '>';
}
