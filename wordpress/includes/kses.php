<?php
/**
 * Content written by authors and contributors (no `unfiltered_html`) keeps the elements: the
 * `cst-*` tags with their attributes, and the tags and attributes their fallbacks use, as the
 * build found them (build/kses.json). Only what is missing from WordPress's list is added.
 *
 * @package cst-elements
 */

defined( 'ABSPATH' ) || exit;

add_filter( 'wp_kses_allowed_html', 'cst_elements_allowed_html', 10, 2 );

/**
 * Adds the elements' tags and attributes to what post content may hold.
 *
 * @param array        $tags    Allowed tags, each with its allowed attributes.
 * @param string|array $context The kses context.
 * @return array
 */
function cst_elements_allowed_html( $tags, $context ) {
	if ( 'post' !== $context ) {
		return $tags;
	}
	$needed = cst_elements_read( 'kses.json' );
	foreach ( is_array( $needed ) ? $needed : array() as $tag => $attributes ) {
		if ( ! isset( $tags[ $tag ] ) || ! is_array( $tags[ $tag ] ) ) {
			$tags[ $tag ] = array();
		}
		foreach ( $attributes as $attribute ) {
			if ( ! isset( $tags[ $tag ][ $attribute ] ) ) {
				$tags[ $tag ][ $attribute ] = true;
			}
		}
	}
	return $tags;
}

/**
 * The post meta of shortcode fallbacks: a JSON object of fallback HTML by element and key, each
 * filtered as post content is for the user saving it.
 *
 * @param mixed $value The JSON the editor sent.
 * @return string
 */
function cst_elements_sanitize_fallbacks( $value ) {
	$map = is_string( $value ) ? json_decode( $value, true ) : null;
	if ( ! is_array( $map ) ) {
		return '';
	}
	$out = array();
	foreach ( array_slice( $map, 0, 200, true ) as $key => $html ) {
		if ( is_string( $key ) && is_string( $html ) && preg_match( '/^cst-[a-z-]+ /', $key ) ) {
			$out[ $key ] = current_user_can( 'unfiltered_html' ) ? $html : wp_kses_post( $html );
		}
	}
	return $out ? wp_json_encode( $out ) : '';
}

/**
 * Who may write the meta: whoever may edit the post.
 *
 * @param bool   $allowed  Allowed so far.
 * @param string $meta_key The meta key.
 * @param int    $post_id  The post.
 * @return bool
 */
function cst_elements_can_edit( $allowed, $meta_key, $post_id ) {
	return current_user_can( 'edit_post', $post_id );
}
