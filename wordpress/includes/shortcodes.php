<?php
/**
 * Shortcodes, one per element (`[cst-quote quote="…"]`): the element with its attributes and its
 * fallback, the same markup as the block saves. The fallback is the one the block editor wrote
 * for this shortcode in this post, else the one the build wrote for these attribute values.
 *
 * @package cst-elements
 */

defined( 'ABSPATH' ) || exit;

/**
 * Renders an element's shortcode.
 *
 * @param array|string $atts    The shortcode's attributes.
 * @param string|null  $content Content between the tags (unused: the fallback is written).
 * @param string       $tag     The shortcode: the element's tag.
 * @return string
 */
function cst_elements_shortcode( $atts, $content, $tag ) {
	$element = cst_elements_element( $tag );
	if ( ! $element ) {
		return '';
	}
	$names      = array_column( $element['controls'], 'name' );
	$attributes = array();
	foreach ( is_array( $atts ) ? $atts : array() as $name => $value ) {
		if ( is_string( $name ) && in_array( $name, $names, true ) ) {
			$attributes[ $name ] = (string) $value;
		}
	}
	$lang     = cst_elements_lang( isset( $attributes['lang'] ) ? $attributes['lang'] : null );
	$key      = cst_elements_fallback_key( $element, $attributes, $lang );
	$fallback = cst_elements_post_fallback( $tag . ' ' . $key );
	if ( null === $fallback ) {
		$fallback = cst_elements_built_fallback( $tag, $key );
	}
	if ( null === $fallback ) {
		$data     = cst_elements_read( 'elements.json' );
		$fallback = '<p>' . cst_elements_escape( $data['unavailable'][ $lang ] ) . '</p>';
	}
	cst_elements_enqueue();
	return cst_elements_markup( $tag, $attributes, $fallback );
}

/**
 * The fallback the block editor wrote for a shortcode of the current post.
 *
 * @param string $key The element's tag and its fallback key.
 * @return string|null
 */
function cst_elements_post_fallback( $key ) {
	static $posts = array();
	$post_id = get_the_ID();
	if ( ! $post_id ) {
		return null;
	}
	if ( ! isset( $posts[ $post_id ] ) ) {
		$map               = json_decode( (string) get_post_meta( $post_id, CST_ELEMENTS_META, true ), true );
		$posts[ $post_id ] = is_array( $map ) ? $map : array();
	}
	return isset( $posts[ $post_id ][ $key ] ) && is_string( $posts[ $post_id ][ $key ] ) ? $posts[ $post_id ][ $key ] : null;
}
