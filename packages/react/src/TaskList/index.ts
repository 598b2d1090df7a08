export { TaskList } from './TaskList.js';
export type { TaskListItem, TaskListProps, TaskStatus } from './TaskList.js';
