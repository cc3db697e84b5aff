<?php
/**
 * Scripts: the loader of the plugin's own copy of the CDN build, on pages that show an element
 * and in the block editor; the blocks' editor script.
 *
 * @package cst-elements
 */

defined( 'ABSPATH' ) || exit;

/** Registers the loader and the editor script, with what the editor needs to know. */
function cst_elements_register_scripts() {
	wp_register_script(
		'cst-elements',
		plugins_url( 'public/cdn/cst-elements.js', CST_ELEMENTS_FILE ),
		array(),
		CST_ELEMENTS_VERSION,
		true
	);
	$asset = include CST_ELEMENTS_DIR . '/build/editor.asset.php';
	wp_register_script(
		'cst-elements-editor',
		plugins_url( 'build/editor.js', CST_ELEMENTS_FILE ),
		$asset['dependencies'],
		$asset['version'],
		false
	);
	$data = cst_elements_read( 'elements.json' );
	$lang = cst_elements_lang( null );
	wp_add_inline_script(
		'cst-elements-editor',
		'window.cstElementsEditor = ' . wp_json_encode(
			array(
				'elements'       => $data['elements'],
				'langs'          => $data['langs'],
				'siteLang'       => $lang,
				'fallbackModule' => plugins_url( 'build/fallback/snippets.js', CST_ELEMENTS_FILE ),
				'metaKey'        => CST_ELEMENTS_META,
			)
		) . ';',
		'before'
	);
}

/** The loader, once, wherever an element is about to be shown. */
function cst_elements_enqueue() {
	wp_enqueue_script( 'cst-elements' );
}

add_action( 'enqueue_block_editor_assets', 'cst_elements_enqueue' );

/**
 * Content with an element in it (a block's saved markup, a rendered shortcode, an element an
 * administrator wrote) brings the loader.
 *
 * @param string $content The content.
 * @return string
 */
function cst_elements_find( $content ) {
	if ( is_string( $content ) && false !== strpos( $content, '<cst-' ) ) {
		cst_elements_enqueue();
	}
	return $content;
}

add_filter( 'the_content', 'cst_elements_find', 1000 );
add_filter( 'widget_text_content', 'cst_elements_find', 1000 );
add_filter( 'widget_block_content', 'cst_elements_find', 1000 );

/**
 * The loader is an ES module: deferred by nature, it runs once the page is parsed.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @return string
 */
function cst_elements_module( $tag, $handle ) {
	if ( 'cst-elements' !== $handle ) {
		return $tag;
	}
	$tag = preg_replace( '/\stype=(["\'])text\/javascript\1/', '', $tag );
	return str_replace( '<script ', '<script type="module" ', $tag );
}

add_filter( 'script_loader_tag', 'cst_elements_module', 10, 2 );
