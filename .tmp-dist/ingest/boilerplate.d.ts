/** True when a paragraph is page furniture ("Comment", "Sign up for…", "Share this article"). */
export declare function isBoilerplate(paragraph: string): boolean;
