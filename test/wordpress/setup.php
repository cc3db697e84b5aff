<?php
/**
 * Sets up the throwaway WordPress of test/wordpress/real.test.ts: installs it, adds an Author,
 * activates the plugin and a theme, and publishes the posts given on stdin
 * ([{"user": "admin" or "author", "title", "content"}]), each saved as its user. Prints their
 * addresses as JSON.
 *
 * Usage: php setup.php <theme> < posts.json   (with CST_WP_URL, CST_WP_SOCKET, CST_WP_LOG set)
 */

$url                     = parse_url( getenv( 'CST_WP_URL' ) );
$_SERVER['HTTP_HOST']    = $url['host'] . ':' . $url['port'];
$_SERVER['SERVER_NAME']  = $url['host'];
$_SERVER['REQUEST_URI']  = '/';
define( 'WP_INSTALLING', true );
require __DIR__ . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

if ( ! is_blog_installed() ) {
	wp_install( 'CSTO facts test', 'admin', 'admin@example.test', false, '', 'admin-password' );
	wp_insert_user(
		array(
			'user_login' => 'author',
			'user_pass'  => 'author-password',
			'user_email' => 'author@example.test',
			'role'       => 'author',
		)
	);
}
$author = get_user_by( 'login', 'author' )->ID;
$result = activate_plugin( 'cst-elements/cst-elements.php' );
if ( is_wp_error( $result ) ) {
	fwrite( STDERR, $result->get_error_message() . "\n" );
	exit( 1 );
}
switch_theme( $argv[1] );
// The plugin's init ran before it was active: run it now, as a request would (its filters too).
require_once WP_PLUGIN_DIR . '/cst-elements/cst-elements.php';
cst_elements_init();

$users = array(
	'admin'  => 1,
	'author' => $author,
);
$out   = array();
foreach ( json_decode( stream_get_contents( STDIN ), true ) as $post ) {
	// Saved as that user: kses filters an Author's content, not an Administrator's.
	wp_set_current_user( $users[ $post['user'] ] );
	$id    = wp_insert_post(
		array(
			'post_title'   => $post['title'],
			'post_content' => wp_slash( $post['content'] ),
			'post_status'  => 'publish',
			'post_author'  => $users[ $post['user'] ],
		),
		true
	);
	$out[] = get_permalink( $id );
}
echo wp_json_encode( $out );
