<?php
/**
 * Plugin Name:       CSTO facts (cst-elements)
 * Description:       Sourced, dated facts about the Collective Security Treaty Organization as blocks and shortcodes: quotes, Council sessions, Treaty and Charter articles, member states, a timeline, facts inside a sentence. The data ships with the plugin; readers' browsers request nothing from any other site.
 * Version:           {{version}}
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            cst-elements
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       cst-elements
 *
 * @package cst-elements
 */

defined( 'ABSPATH' ) || exit;

define( 'CST_ELEMENTS_VERSION', '{{version}}' );
define( 'CST_ELEMENTS_FILE', __FILE__ );
define( 'CST_ELEMENTS_DIR', __DIR__ );
/** The post meta that holds the fallbacks of the post's shortcodes, written by the block editor. */
define( 'CST_ELEMENTS_META', '_cst_elements_fallbacks' );

require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/kses.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/shortcodes.php';

add_action( 'init', 'cst_elements_init' );

/**
 * Registers the scripts, a block and a shortcode per element, and the post meta of shortcode
 * fallbacks.
 */
function cst_elements_init() {
	cst_elements_register_scripts();
	foreach ( glob( __DIR__ . '/blocks/*/block.json' ) as $file ) {
		register_block_type( dirname( $file ) );
	}
	foreach ( cst_elements_all() as $element ) {
		add_shortcode( $element['tag'], 'cst_elements_shortcode' );
	}
	register_post_meta(
		'',
		CST_ELEMENTS_META,
		array(
			'type'              => 'string',
			'single'            => true,
			'show_in_rest'      => true,
			'sanitize_callback' => 'cst_elements_sanitize_fallbacks',
			'auth_callback'     => 'cst_elements_can_edit',
		)
	);
}
