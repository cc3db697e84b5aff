<?php
/**
 * Runs the built plugin (dist/wordpress/cst-elements) under php-cli with the few WordPress
 * functions it calls written out here, for test/node/wordpress.test.ts. Reads a JSON list of
 * requests on stdin and writes a JSON list of answers:
 *
 * - {"shortcode": "cst-quote", "atts": {...}, "locale": "ru_RU", "post": 1, "meta": "{...}"}:
 *   the shortcode rendered (with `post` the current post and `meta` its shortcode fallbacks),
 *   and whether the loader was enqueued;
 * - {"content": "<p>…</p>"}: the content filter's answer: whether the loader was enqueued;
 * - {"allowed": true}: the tags and attributes post content may hold;
 * - {"sanitize": "{...}", "unfiltered": false}: the shortcode fallbacks meta, sanitized.
 *
 * Usage: php harness.php <plugin folder> < requests.json
 */

define( 'ABSPATH', '/' );

$GLOBALS['cst_test'] = array(
	'actions'    => array(),
	'filters'    => array(),
	'shortcodes' => array(),
	'blocks'     => array(),
	'scripts'    => array(),
	'enqueued'   => array(),
	'locale'     => 'en_US',
	'post'       => 0,
	'meta'       => array(),
	'unfiltered' => true,
);

function add_action( $hook, $callback, $priority = 10, $args = 1 ) {
	$GLOBALS['cst_test']['actions'][ $hook ][] = $callback;
}
function add_filter( $hook, $callback, $priority = 10, $args = 1 ) {
	$GLOBALS['cst_test']['filters'][ $hook ][] = $callback;
}
function add_shortcode( $tag, $callback ) {
	$GLOBALS['cst_test']['shortcodes'][ $tag ] = $callback;
}
function register_block_type( $path ) {
	$GLOBALS['cst_test']['blocks'][] = json_decode( file_get_contents( $path . '/block.json' ), true )['name'];
}
function register_post_meta( $type, $key, $args ) {}
function wp_register_script( $handle, $src, $deps = array(), $ver = false, $footer = false ) {
	$GLOBALS['cst_test']['scripts'][ $handle ] = $src;
}
function wp_add_inline_script( $handle, $data, $position = 'after' ) {}
function wp_enqueue_script( $handle ) {
	$GLOBALS['cst_test']['enqueued'][ $handle ] = true;
}
function plugins_url( $path, $file ) {
	return 'https://example.test/wp-content/plugins/cst-elements/' . $path;
}
function wp_json_encode( $value ) {
	return json_encode( $value );
}
function get_locale() {
	return $GLOBALS['cst_test']['locale'];
}
function get_the_ID() {
	return $GLOBALS['cst_test']['post'];
}
function get_post_meta( $post, $key, $single ) {
	return isset( $GLOBALS['cst_test']['meta'][ $post ] ) ? $GLOBALS['cst_test']['meta'][ $post ] : '';
}
function current_user_can( $capability, ...$args ) {
	return 'unfiltered_html' === $capability ? $GLOBALS['cst_test']['unfiltered'] : true;
}
/** Stands for kses: strips every tag, so the test sees that it was applied. */
function wp_kses_post( $html ) {
	return strip_tags( $html );
}

require $argv[1] . '/cst-elements.php';
foreach ( $GLOBALS['cst_test']['actions']['init'] as $callback ) {
	$callback();
}

$answers = array();
foreach ( json_decode( stream_get_contents( STDIN ), true ) as $index => $request ) {
	$GLOBALS['cst_test']['enqueued'] = array();
	$GLOBALS['cst_test']['locale']   = isset( $request['locale'] ) ? $request['locale'] : 'en_US';
	if ( isset( $request['shortcode'] ) ) {
		// Each request its own post, so the plugin's per-post cache does not carry over.
		$GLOBALS['cst_test']['post'] = isset( $request['meta'] ) ? 1000 + $index : 0;
		if ( isset( $request['meta'] ) ) {
			$GLOBALS['cst_test']['meta'][ 1000 + $index ] = $request['meta'];
		}
		$tag       = $request['shortcode'];
		$callback  = $GLOBALS['cst_test']['shortcodes'][ $tag ];
		$answers[] = array(
			'html'   => $callback( $request['atts'], null, $tag ),
			'loader' => isset( $GLOBALS['cst_test']['enqueued']['cst-elements'] ),
		);
	} elseif ( isset( $request['content'] ) ) {
		$content = $request['content'];
		foreach ( $GLOBALS['cst_test']['filters']['the_content'] as $callback ) {
			$content = $callback( $content );
		}
		$answers[] = array( 'loader' => isset( $GLOBALS['cst_test']['enqueued']['cst-elements'] ) );
	} elseif ( isset( $request['allowed'] ) ) {
		$tags = array( 'p' => array( 'class' => true ) );
		foreach ( $GLOBALS['cst_test']['filters']['wp_kses_allowed_html'] as $callback ) {
			$tags = $callback( $tags, 'post' );
		}
		$answers[] = array(
			'post'    => $tags,
			'comment' => $callback( array( 'p' => array() ), 'pre_comment_content' ),
		);
	} elseif ( isset( $request['sanitize'] ) ) {
		$GLOBALS['cst_test']['unfiltered'] = $request['unfiltered'];
		$answers[] = array( 'meta' => cst_elements_sanitize_fallbacks( $request['sanitize'] ) );
	}
}
$answers[] = array(
	'shortcodes' => array_keys( $GLOBALS['cst_test']['shortcodes'] ),
	'blocks'     => $GLOBALS['cst_test']['blocks'],
	'scripts'    => $GLOBALS['cst_test']['scripts'],
);
echo json_encode( $answers );
