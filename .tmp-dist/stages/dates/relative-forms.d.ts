/** Time expressions counted from the publication date: "two weeks ago", "last month", "the past week", "recently". */
import { type Core, type TokenWindow } from './token-window.js';
/** "two weeks ago", "a month ago", "a few days ago". */
export declare function agoExpression(w: TokenWindow, i: number): Core | null;
/** "last week", "next month", "this year", "last March", "next Saturday", "last night", "this weekend". */
export declare function shiftedExpression(w: TokenWindow, i: number): Core | null;
/** "(the) past two weeks", "the last few days", "past month". */
export declare function trailingExpression(w: TokenWindow, i: number): Core | null;
/** "in recent days", "recently". */
export declare function recentExpression(w: TokenWindow, i: number): Core | null;
/** "earlier this year", "later this month", "earlier today", "earlier Tuesday". */
export declare function sidedExpression(w: TokenWindow, i: number): Core | null;
